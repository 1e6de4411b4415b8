package app.backoffice.ui.password;

import app.backoffice.auth.Outcomes;
import app.backoffice.auth.PasswordChangeResult;
import app.backoffice.auth.Session;
import app.backoffice.ui.BusyButton;
import app.backoffice.ui.CapsLockWarning;
import app.backoffice.ui.InputLimits;
import app.backoffice.ui.Messages;
import app.backoffice.ui.PasswordReveal;
import app.backoffice.ui.PasswordRules;
import app.backoffice.ui.Screen;
import app.backoffice.ui.UiContext;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Changing one's own password: the current one, then the new one twice under the policy. */
public final class ChangePasswordController implements Screen {

  private final UiContext ui;
  private final Session session;
  private final Runnable changed;
  private final Runnable cancel;
  private final PasswordRules rules;
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");

  @FXML private Label currentLabel;
  @FXML private PasswordField currentField;
  @FXML private Label newLabel;
  @FXML private PasswordField newField;
  @FXML private TextField newText;
  @FXML private Label confirmLabel;
  @FXML private PasswordField confirmField;
  @FXML private TextField confirmText;
  @FXML private CheckBox showPasswordCheck;
  @FXML private Label capsLockLabel;
  @FXML private VBox policyBox;
  @FXML private Label errorLabel;
  @FXML private Button changeButton;
  @FXML private ProgressIndicator progress;

  public ChangePasswordController(
      UiContext ui, Session session, Runnable changed, Runnable cancel) {
    this.ui = ui;
    this.session = session;
    this.changed = changed;
    this.cancel = cancel;
    this.rules = new PasswordRules(ui, new ReadOnlyStringWrapper(session.email()));
  }

  @FXML
  private void initialize() {
    currentLabel.setLabelFor(currentField);
    newLabel.setLabelFor(newField);
    confirmLabel.setLabelFor(confirmField);
    newField.textProperty().bindBidirectional(rules.password());
    confirmField.textProperty().bindBidirectional(rules.confirmation());
    InputLimits.password(currentField, newField, newText, confirmField, confirmText);
    PasswordReveal.wire(newField, newText, showPasswordCheck);
    PasswordReveal.wire(confirmField, confirmText, showPasswordCheck);
    CapsLockWarning.watch(
        ui.host(), capsLockLabel, currentField, newField, newText, confirmField, confirmText);
    rules.showIn(policyBox);
    Messages.show(errorLabel, error);
    Messages.clearWhenEdited(
        error,
        List.of(currentField.textProperty(), newField.textProperty(), confirmField.textProperty()));
    for (Node control :
        new Node[] {currentField, newField, newText, confirmField, confirmText, changeButton}) {
      control.disableProperty().bind(busy);
    }
    BusyButton.spin(progress, busy);
  }

  @FXML
  private void change() {
    if (busy.get()) {
      return;
    }
    String current = currentField.getText();
    String chosen = rules.password().get();
    if (current.isEmpty()) {
      refuse("common.requiredPassword", currentField);
    } else if (chosen.isEmpty()) {
      refuse("common.requiredPassword", newField);
    } else if (!rules.problems().isEmpty()) {
      refuse("policy." + rules.problems().get(0).name(), newField);
    } else if (!rules.matches()) {
      refuse("policy.mismatch", confirmField);
    } else {
      error.set("");
      ui.background()
          .run(
              busy,
              () -> ui.accounts().changePassword(session, current, chosen),
              this::answered,
              error::set);
    }
  }

  private void answered(PasswordChangeResult result) {
    if (result instanceof PasswordChangeResult.Changed) {
      changed.run();
    } else if (result instanceof Outcomes.WrongPassword) {
      currentField.clear();
      refuse("password.wrong", currentField);
    } else if (result instanceof Outcomes.WeakPassword weak) {
      refuse("policy." + weak.problems().get(0).name(), newField);
    } else if (result instanceof Outcomes.Locked locked) {
      error.set(ui.texts().format("password.locked", ui.texts().dateTime(locked.until())));
    }
  }

  private void refuse(String key, TextField field) {
    error.set(ui.texts().get(key));
    field.requestFocus();
  }

  @FXML
  private void cancel() {
    cancel.run();
  }

  @Override
  public void focusFirst() {
    currentField.requestFocus();
  }
}
