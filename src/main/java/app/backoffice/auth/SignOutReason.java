package app.backoffice.auth;

/** Why a session ended, as the audit log records it beside the sign-out. */
public enum SignOutReason {
  /** The user chose to sign out. */
  USER(""),
  /** Nobody touched the window for the idle timeout and its countdown. */
  IDLE("idle timeout"),
  /** Someone closed a kiosk's window, which signs out instead of quitting. */
  WINDOW_CLOSED("kiosk window closed"),
  /** The application quit with the user still signed in. */
  APPLICATION_STOPPED("application closed");

  private final String detail;

  SignOutReason(String detail) {
    this.detail = detail;
  }

  /** The audit record's detail: empty for an ordinary sign-out. */
  public String detail() {
    return detail;
  }
}
