package app.backoffice.ui.signin;

import app.backoffice.auth.Outcomes;
import app.backoffice.auth.PendingSignIn;
import app.backoffice.auth.Session;
import app.backoffice.auth.SignInResult;
import app.backoffice.ui.UiContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The sign-in form: what was typed, whether the check runs, and what went wrong. */
public final class SignInViewModel {

  /** Where a successful first step leads. */
  public interface Next {
    void signedIn(Session session);

    void codeRequired(PendingSignIn pending);
  }

  private final UiContext ui;
  private final Next next;
  private final StringProperty email = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty notice = new SimpleStringProperty("");

  public SignInViewModel(UiContext ui, Next next) {
    this.ui = ui;
    this.next = next;
  }

  public StringProperty email() {
    return email;
  }

  public StringProperty password() {
    return password;
  }

  public BooleanProperty busy() {
    return busy;
  }

  /** The problem to show under the form; empty when there is none. */
  public StringProperty error() {
    return error;
  }

  /** A neutral message above the form, such as "You have signed out". */
  public StringProperty notice() {
    return notice;
  }

  /** Checks the email and password in the background; Enter and the button both land here. */
  public void submit() {
    if (busy.get()) {
      return;
    }
    notice.set("");
    if (email.get().isBlank()) {
      error.set(ui.texts().get("common.requiredEmail"));
      return;
    }
    if (password.get().isEmpty()) {
      error.set(ui.texts().get("common.requiredPassword"));
      return;
    }
    error.set("");
    String typedEmail = email.get();
    String typedPassword = password.get();
    ui.background()
        .run(busy, () -> ui.auth().signIn(typedEmail, typedPassword), this::answered, error::set);
  }

  private void answered(SignInResult result) {
    if (result instanceof SignInResult.SignedIn signedIn) {
      password.set("");
      next.signedIn(signedIn.session());
    } else if (result instanceof SignInResult.CodeRequired required) {
      password.set("");
      next.codeRequired(required.pending());
    } else if (result instanceof Outcomes.Locked locked) {
      refuse(ui.texts().format("signIn.locked", ui.texts().dateTime(locked.until())));
    } else if (result instanceof SignInResult.Disabled) {
      refuse(ui.texts().get("signIn.disabled"));
    } else {
      refuse(ui.texts().get("signIn.rejected"));
    }
  }

  private void refuse(String message) {
    password.set("");
    error.set(message);
  }
}
