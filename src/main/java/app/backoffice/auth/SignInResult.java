package app.backoffice.auth;

/** What signing in with email and password answered. */
public sealed interface SignInResult
    permits SignInResult.SignedIn,
        SignInResult.CodeRequired,
        SignInResult.Rejected,
        SignInResult.Disabled,
        Outcomes.Locked {

  /** Signed in: the account has no 2FA. */
  record SignedIn(Session session) implements SignInResult {}

  /** The password was right; the code step completes the sign-in. */
  record CodeRequired(PendingSignIn pending) implements SignInResult {}

  /** Wrong email or password: the same answer for both, so that it reveals no account. */
  record Rejected() implements SignInResult {}

  /** The password was right, but an administrator has disabled the account. */
  record Disabled() implements SignInResult {}
}
