package app.backoffice.auth;

import java.util.List;
import java.util.Objects;

/** An account operation was refused. The reason tells the caller which message to show. */
public final class AccountException extends RuntimeException {

  /** Why the operation was refused. */
  public enum Reason {
    INVALID_EMAIL,
    /** The address holds a character that shows nothing, such as a zero-width space. */
    EMAIL_HAS_INVISIBLE_CHARACTER,
    /** A part of the address mixes alphabets, such as a Cyrillic letter among Latin ones. */
    EMAIL_MIXES_SCRIPTS,
    EMAIL_TAKEN,
    /** The address looks the same as another account's, though it is not the same. */
    EMAIL_LOOKS_TAKEN,
    USER_NOT_FOUND,
    WEAK_PASSWORD,
    ALREADY_SET_UP,
    TWO_FACTOR_NOT_ENABLED,
    TWO_FACTOR_ALREADY_ENABLED,
    LAST_ADMINISTRATOR,
    SESSION_ENDED
  }

  private final Reason reason;
  private final List<PasswordProblem> passwordProblems;

  public AccountException(Reason reason) {
    this(reason, List.of());
  }

  public AccountException(Reason reason, List<PasswordProblem> passwordProblems) {
    super(reason.name() + (passwordProblems.isEmpty() ? "" : " " + passwordProblems));
    this.reason = Objects.requireNonNull(reason);
    this.passwordProblems = List.copyOf(passwordProblems);
  }

  public Reason reason() {
    return reason;
  }

  /** With {@link Reason#WEAK_PASSWORD}: the rules the password breaks. */
  public List<PasswordProblem> passwordProblems() {
    return passwordProblems;
  }
}
