package app.backoffice.cli;

import java.io.Console;
import java.util.Optional;

/** Where a password is typed without echo: the process's console, when it has one. */
@FunctionalInterface
public interface Terminal {

  /**
   * Asks for a secret without echo.
   *
   * @return empty when there is no terminal to ask on; an empty array when nothing was typed or the
   *     input ended (Ctrl-D)
   */
  Optional<char[]> readSecret(String prompt);

  /** The process's own console. */
  static Terminal system() {
    return prompt -> {
      Console console = System.console();
      if (console == null) {
        return Optional.empty();
      }
      char[] typed = console.readPassword("%s", prompt);
      return Optional.of(typed == null ? new char[0] : typed);
    };
  }
}
