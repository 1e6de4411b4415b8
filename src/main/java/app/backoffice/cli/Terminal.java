package app.backoffice.cli;

import java.io.Console;
import java.util.Optional;

/** Where a password is typed without echo: the process's console, when it has one. */
@FunctionalInterface
public interface Terminal {

  /** Asks for a secret without echo; empty when there is no terminal to ask on. */
  Optional<char[]> readSecret(String prompt);

  /** The process's own console. */
  static Terminal system() {
    return prompt -> {
      Console console = System.console();
      if (console == null) {
        return Optional.empty();
      }
      return Optional.ofNullable(console.readPassword("%s", prompt));
    };
  }
}
