package app.backoffice.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads a new password from standard input or, typed twice, from the terminal. */
final class PasswordInput {

  /**
   * The most standard input may hold for a password. The policy allows 72 bytes; reading a little
   * more lets it say "too long" for near misses, and the bound keeps a stream of zeros out.
   */
  static final int MAX_BYTES = 1024;

  /**
   * What Java puts in place of bytes the terminal's character set cannot decode: a password typed
   * under a non-UTF-8 locale would silently lose the characters it stands for.
   */
  static final char UNDECODABLE = '\uFFFD';

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

  /** The first line of standard input, without its line ending, decoded strictly as UTF-8. */
  private String readLine() {
    byte[] line = firstLine();
    try {
      String password =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(line))
              .toString();
      // Editors on Windows start a text file with a byte-order mark; it is not part of the
      // password anybody means to type.
      if (password.startsWith("\uFEFF")) {
        password = password.substring(1);
      }
      if (password.isEmpty()) {
        throw new CliFailure(messages.get("password.empty"));
      }
      return password;
    } catch (CharacterCodingException e) {
      throw new CliFailure(messages.get("password.notUtf8"));
    } finally {
      Arrays.fill(line, (byte) 0);
    }
  }

  private byte[] firstLine() {
    byte[] buffer = new byte[MAX_BYTES];
    int length = 0;
    try {
      for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
        if (length == MAX_BYTES) {
          Arrays.fill(buffer, (byte) 0);
          throw new CliFailure(messages.get("password.tooLong", MAX_BYTES));
        }
        buffer[length++] = (byte) b;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    byte[] line = Arrays.copyOf(buffer, length);
    Arrays.fill(buffer, (byte) 0);
    return line;
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
    char[] typed =
        terminal
            .readSecret(prompt)
            .orElseThrow(() -> new CliFailure(messages.get("password.noConsole")));
    if (typed.length == 0) {
      throw new CliFailure(messages.get("password.empty"));
    }
    for (char c : typed) {
      if (c == UNDECODABLE) {
        Arrays.fill(typed, '\0');
        throw new CliFailure(messages.get("password.undecodable"));
      }
    }
    return typed;
  }
}
