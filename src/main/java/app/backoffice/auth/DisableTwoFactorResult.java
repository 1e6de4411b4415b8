package app.backoffice.auth;

/** What switching 2FA off answered. */
public sealed interface DisableTwoFactorResult
    permits DisableTwoFactorResult.TwoFactorDisabled,
        Outcomes.WrongPassword,
        Outcomes.CodeRefusal,
        Outcomes.InvalidCode {

  /** 2FA is off and the recovery codes are gone. */
  record TwoFactorDisabled() implements DisableTwoFactorResult {}
}
