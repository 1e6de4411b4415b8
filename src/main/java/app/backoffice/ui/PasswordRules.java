package app.backoffice.ui;

import app.backoffice.auth.AccountService;
import app.backoffice.auth.PasswordProblem;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * A new password typed twice, checked against the policy as the user types: one line for each rule
 * it breaks, a line when the two copies differ, and a confirming line once all is well.
 *
 * <p>The policy check runs in the background: its common-password lists take tens of milliseconds
 * per keystroke (and a few hundred the first time), which the FX thread must not spend. A check
 * that answers for text the user has since changed is followed by a fresh one.
 */
public final class PasswordRules {

  private final AccountService accounts;
  private final Texts texts;
  private final Background background;
  private final BooleanProperty checking = new SimpleBooleanProperty();
  private String checkedPassword = "";
  private String checkedEmail = "";
  private final ObservableStringValue email;
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty confirmation = new SimpleStringProperty("");
  private final ObservableList<String> messages = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper();
  private List<PasswordProblem> problems = List.of();

  public PasswordRules(UiContext ui, ObservableStringValue email) {
    this.accounts = ui.accounts();
    this.texts = ui.texts();
    this.background = ui.background();
    this.email = email;
    password.addListener((observable, was, is) -> check());
    confirmation.addListener((observable, was, is) -> update());
    email.addListener((observable, was, is) -> check());
  }

  public StringProperty password() {
    return password;
  }

  public StringProperty confirmation() {
    return confirmation;
  }

  /** The lines to show under the fields; empty until the user starts typing. */
  public ObservableList<String> messages() {
    return messages;
  }

  /** Whether the password meets the policy and both copies match. */
  public ReadOnlyBooleanProperty acceptable() {
    return acceptable.getReadOnlyProperty();
  }

  /**
   * The rules the password breaks, for a screen that must say why it refuses to go on; empty while
   * the check of what is typed now is still running, when the service's own check will answer.
   */
  public List<PasswordProblem> problems() {
    return isCurrent() ? problems : List.of();
  }

  private boolean isCurrent() {
    return password.get().equals(checkedPassword) && email.get().equals(checkedEmail);
  }

  /**
   * Checks what is typed now. While an earlier check runs this asks for nothing: that check's
   * answer sees that the text moved on and checks again.
   */
  private void check() {
    String typed = password.get();
    String mail = email.get();
    if (typed.isEmpty()) {
      checkedPassword = "";
      checkedEmail = mail;
      problems = List.of();
      update();
      return;
    }
    background.run(
        checking,
        () -> accounts.checkPassword(typed, mail),
        found -> {
          checkedPassword = typed;
          checkedEmail = mail;
          problems = found;
          if (!isCurrent()) {
            check();
          }
          update();
        },
        failure -> update());
  }

  /** Whether both copies are the same. */
  public boolean matches() {
    return password.get().equals(confirmation.get());
  }

  private void update() {
    String typed = password.get();
    List<String> lines = new ArrayList<>();
    problems.forEach(problem -> lines.add(texts.get("policy." + problem.name())));
    // While the confirmation is still being typed, a beginning of the password is no mistake.
    String confirming = confirmation.get();
    boolean mismatch = !confirming.isEmpty() && !matches() && !typed.startsWith(confirming);
    if (mismatch) {
      lines.add(texts.get("policy.mismatch"));
    }
    boolean ok = !typed.isEmpty() && isCurrent() && problems.isEmpty() && matches();
    if (!typed.isEmpty() && isCurrent() && problems.isEmpty() && !mismatch) {
      lines.add(texts.get("policy.ok"));
    }
    messages.setAll(lines);
    acceptable.set(ok);
  }

  /** Shows the lines in {@code box}, the confirming one styled as good news. */
  public void showIn(Pane box) {
    box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(messages));
    box.managedProperty().bind(box.visibleProperty());
    Runnable fill =
        () -> {
          box.getChildren().clear();
          for (String line : messages) {
            Label label = new Label(line);
            label.setWrapText(true);
            if (line.equals(texts.get("policy.ok"))) {
              label.getStyleClass().add("policy-ok");
            }
            box.getChildren().add(label);
          }
        };
    messages.addListener((javafx.collections.ListChangeListener<String>) change -> fill.run());
    fill.run();
  }
}
