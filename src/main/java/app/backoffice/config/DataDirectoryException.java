package app.backoffice.config;

/** The data directory cannot be used; the message says which folder and what to do. */
public final class DataDirectoryException extends RuntimeException {

  public DataDirectoryException(String message) {
    super(message);
  }

  public DataDirectoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
