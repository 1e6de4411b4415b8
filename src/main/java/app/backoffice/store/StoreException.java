package app.backoffice.store;

import java.util.Objects;

/** The store cannot be used. The message is safe to show: it names the file and says what to do. */
public final class StoreException extends RuntimeException {

  /** What is wrong, so that callers can choose an exit code or a screen. */
  public enum Problem {
    NOT_A_STORE,
    CORRUPTED,
    NEWER_SCHEMA,
    READ_ONLY,
    UNREADABLE,
    KEY_MISSING,
    KEY_WRONG,
    KEY_BAD_SIZE,
    BUSY,
    /** SQLite's native library could not be loaded: the installation, not the file, is at fault. */
    ENGINE_MISSING,
    IO
  }

  private final Problem problem;

  public StoreException(Problem problem, String message) {
    super(message);
    this.problem = Objects.requireNonNull(problem);
  }

  public StoreException(Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = Objects.requireNonNull(problem);
  }

  public Problem problem() {
    return problem;
  }
}
