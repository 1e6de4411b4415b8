package app.backoffice.config;

/**
 * The configuration file cannot be used; the message names the file, the line when there is one,
 * and what is accepted.
 */
public final class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
