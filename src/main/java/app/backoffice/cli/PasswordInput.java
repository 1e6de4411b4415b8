package app.backoffice.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads a new password from standard input or, typed twice, from the terminal. */
final class PasswordInput {

  private final InputStream in;
  private final Terminal terminal;
  private final CliMessages messages;

  PasswordInput(InputStream in, Terminal terminal, CliMessages messages) {
    this.in = in;
    this.terminal = terminal;
    this.messages = messages;
  }

  String read(boolean fromStandardInput, String email) {
    return fromStandardInput ? readLine() : askTwice(email);
  }

  /** The first line of standard input, without its line ending. */
  private String readLine() {
    try {
      String line =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      if (line == null || line.isEmpty()) {
        throw new CliFailure(messages.get("password.empty"));
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String askTwice(String email) {
    char[] first = ask(messages.get("password.prompt", email));
    char[] second = ask(messages.get("password.promptAgain"));
    try {
      if (!Arrays.equals(first, second)) {
        throw new CliFailure(messages.get("password.mismatch"));
      }
      return new String(first);
    } finally {
      Arrays.fill(first, '\0');
      Arrays.fill(second, '\0');
    }
  }

  private char[] ask(String prompt) {
    return terminal
        .readSecret(prompt)
        .orElseThrow(() -> new CliFailure(messages.get("password.noConsole")));
  }
}
