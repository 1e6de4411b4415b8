package app.backoffice.ui.firstrun;

import app.backoffice.auth.AccountException;
import app.backoffice.ui.Messages;
import app.backoffice.ui.PasswordRules;
import app.backoffice.ui.UiContext;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Creating the first administrator of an empty store. */
public final class FirstRunViewModel {

  private final UiContext ui;
  private final BiConsumer<String, String> done;
  private final StringProperty email = new SimpleStringProperty("");
  private final PasswordRules rules;
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");

  /**
   * @param done called once the account exists (or once it turned out someone else made one
   *     meanwhile) with the sentence to show on the sign-in screen and the email to fill in there
   */
  public FirstRunViewModel(UiContext ui, BiConsumer<String, String> done) {
    this.ui = ui;
    this.done = done;
    this.rules = new PasswordRules(ui, email);
    // The policy lines under the password go on describing what is typed.
    Messages.clearWhenEdited(error, List.of(email, rules.password(), rules.confirmation()));
  }

  public StringProperty email() {
    return email;
  }

  public PasswordRules rules() {
    return rules;
  }

  public BooleanProperty busy() {
    return busy;
  }

  public StringProperty error() {
    return error;
  }

  public void submit() {
    if (busy.get()) {
      return;
    }
    String problem = firstProblem();
    error.set(problem);
    if (!problem.isEmpty()) {
      return;
    }
    String typedEmail = email.get();
    String typedPassword = rules.password().get();
    ui.background()
        .run(
            busy,
            () -> {
              try {
                ui.auth().createFirstAdministrator(typedEmail, typedPassword);
                return Optional.<AccountException>empty();
              } catch (AccountException e) {
                return Optional.of(e);
              }
            },
            refusal -> answered(refusal, typedEmail),
            error::set);
  }

  private String firstProblem() {
    if (email.get().isBlank()) {
      return ui.texts().get("common.requiredEmail");
    }
    if (rules.password().get().isEmpty()) {
      return ui.texts().get("common.requiredPassword");
    }
    if (!rules.problems().isEmpty()) {
      return ui.texts().get("policy." + rules.problems().get(0).name());
    }
    if (!rules.matches()) {
      return ui.texts().get("policy.mismatch");
    }
    return "";
  }

  private void answered(Optional<AccountException> refusal, String typedEmail) {
    if (refusal.isEmpty()) {
      done.accept(ui.texts().format("firstRun.created", typedEmail.strip()), typedEmail.strip());
      return;
    }
    AccountException e = refusal.get();
    switch (e.reason()) {
      case ALREADY_SET_UP -> done.accept(ui.texts().get("firstRun.alreadySetUp"), "");
      case WEAK_PASSWORD ->
          error.set(ui.texts().get("policy." + e.passwordProblems().get(0).name()));
      case EMAIL_HAS_INVISIBLE_CHARACTER, EMAIL_MIXES_SCRIPTS ->
          error.set(ui.texts().get("firstRun." + e.reason().name()));
      default -> error.set(ui.texts().get("firstRun.invalidEmail"));
    }
  }
}
