package app.backoffice.ui.code;

import app.backoffice.auth.CodeResult;
import app.backoffice.auth.Outcomes;
import app.backoffice.auth.PendingSignIn;
import app.backoffice.ui.UiContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The second step of signing in: a code from the authenticator app, or a recovery code. A full
 * six-digit code submits itself; after two wrong codes the screen suggests checking the clock.
 */
public final class CodeViewModel {

  /** How many wrong codes in a row bring up the hint about the phone's clock. */
  public static final int CLOCK_HINT_AFTER = 2;

  /** Where the code step leads. */
  public interface Next {
    void signedIn(CodeResult.SignedIn signedIn);

    /** The pending sign-in is gone: start again, showing this sentence. */
    void startOver(String message);
  }

  private final UiContext ui;
  private final PendingSignIn pending;
  private final Next next;
  private final StringProperty code = new SimpleStringProperty("");
  private final BooleanProperty recoveryMode = new SimpleBooleanProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private final IntegerProperty wrongCodes = new SimpleIntegerProperty();
  private final BooleanProperty clockHint = new SimpleBooleanProperty();

  public CodeViewModel(UiContext ui, PendingSignIn pending, Next next) {
    this.ui = ui;
    this.pending = pending;
    this.next = next;
    code.addListener(
        (observable, was, is) -> {
          if (!recoveryMode.get() && is.length() == 6 && is.chars().allMatch(Character::isDigit)) {
            submit();
          }
        });
    clockHint.bind(wrongCodes.greaterThanOrEqualTo(CLOCK_HINT_AFTER).and(recoveryMode.not()));
  }

  public String email() {
    return pending.email();
  }

  public StringProperty code() {
    return code;
  }

  /** Whether the field takes a recovery code rather than the app's six digits. */
  public BooleanProperty recoveryMode() {
    return recoveryMode;
  }

  public BooleanProperty busy() {
    return busy;
  }

  public StringProperty error() {
    return error;
  }

  public BooleanProperty clockHint() {
    return clockHint;
  }

  /** Switches between the app's code and a recovery code, starting the field afresh. */
  public void toggleRecoveryMode() {
    recoveryMode.set(!recoveryMode.get());
    code.set("");
    error.set("");
  }

  public void submit() {
    if (busy.get()) {
      return;
    }
    String typed = code.get();
    if (typed.isBlank()) {
      error.set(invalidMessage());
      return;
    }
    error.set("");
    ui.background()
        .run(busy, () -> ui.auth().completeSignIn(pending, typed), this::answered, error::set);
  }

  private void answered(CodeResult result) {
    if (result instanceof CodeResult.SignedIn signedIn) {
      code.set("");
      next.signedIn(signedIn);
    } else if (result instanceof CodeResult.Expired) {
      next.startOver(ui.texts().get("code.expired"));
    } else if (result instanceof Outcomes.InvalidCode) {
      error.set(invalidMessage());
    } else if (result instanceof Outcomes.ReplayedCode) {
      refuse("code.replayed");
    } else if (result instanceof Outcomes.Locked locked) {
      code.set("");
      error.set(ui.texts().format("code.locked", ui.texts().dateTime(locked.until())));
    } else {
      wrongCodes.set(wrongCodes.get() + 1);
      refuse(recoveryMode.get() ? "code.wrongRecovery" : "code.wrong");
    }
  }

  private void refuse(String key) {
    code.set("");
    error.set(ui.texts().get(key));
  }

  private String invalidMessage() {
    return ui.texts().get(recoveryMode.get() ? "code.invalidRecovery" : "code.invalid");
  }
}
