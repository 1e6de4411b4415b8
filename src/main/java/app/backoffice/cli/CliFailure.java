package app.backoffice.cli;

/** A refused or failed command: its message is one plain sentence for standard error. */
final class CliFailure extends RuntimeException {

  CliFailure(String message) {
    super(message);
  }
}
