package app.backoffice.auth;

/** What the code step of a sign-in answered. */
public sealed interface CodeResult
    permits CodeResult.SignedIn, CodeResult.Expired, Outcomes.CodeRefusal, Outcomes.InvalidCode {

  /**
   * Signed in.
   *
   * @param recoveryCodeUsed whether a recovery code was used, so the screen can suggest new ones
   * @param recoveryCodesLeft how many unused recovery codes remain
   */
  record SignedIn(Session session, boolean recoveryCodeUsed, int recoveryCodesLeft)
      implements CodeResult {}

  /** The pending sign-in is too old, already completed, or the account changed: start again. */
  record Expired() implements CodeResult {}
}
