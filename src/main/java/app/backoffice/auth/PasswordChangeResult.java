package app.backoffice.auth;

/** What changing one's own password answered. */
public sealed interface PasswordChangeResult
    permits PasswordChangeResult.Changed,
        Outcomes.WrongPassword,
        Outcomes.WeakPassword,
        Outcomes.Locked {

  /** The new password is in force. */
  record Changed() implements PasswordChangeResult {}
}
