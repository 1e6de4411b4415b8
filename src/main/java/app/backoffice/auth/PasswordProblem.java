package app.backoffice.auth;

/** Why the password policy refuses a new password. Each has its own message in the views. */
public enum PasswordProblem {
  /** Fewer than {@link PasswordPolicy#MIN_LENGTH} characters. */
  TOO_SHORT,
  /** More than {@link PasswordPolicy#MAX_BYTES} bytes in UTF-8, bcrypt's limit. */
  TOO_LONG,
  /** One of the commonly used passwords that attackers try first. */
  COMMON,
  /** The same as the account's email address. */
  SAME_AS_EMAIL,
  /** Holds a control character such as a tab or a line break, which cannot be typed reliably. */
  CONTROL_CHARACTER,
  /**
   * Holds half of a UTF-16 surrogate pair, which is no character and has no UTF-8 form: bcrypt
   * would hash a question mark in its place, so that another password would match.
   */
  BROKEN_CHARACTER
}
