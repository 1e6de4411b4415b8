package app.backoffice.cli;

import app.backoffice.auth.AccountException;
import app.backoffice.auth.Emails;
import app.backoffice.text.Confusables;
import app.backoffice.text.PlainText;
import java.io.PrintWriter;
import java.util.function.Function;

/** What every command needs: the global options, the services, the messages and the streams. */
final class CommandContext {

  private final BackOfficeCommand root;
  private final CliMessages messages;
  private final PasswordInput passwords;
  private final PrintWriter out;

  CommandContext(
      BackOfficeCommand root, CliMessages messages, PasswordInput passwords, PrintWriter out) {
    this.root = root;
    this.messages = messages;
    this.passwords = passwords;
    this.out = out;
  }

  CliMessages messages() {
    return messages;
  }

  PasswordInput passwords() {
    return passwords;
  }

  /** Prints one result line, or a whole block, to standard output. */
  void print(String text) {
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.flush();
  }

  /**
   * Opens the services, runs the work and closes them again. A refused account operation becomes
   * one sentence about the email it concerns.
   */
  <T> T withServices(String email, Function<AdminServices, T> work) {
    return withServices(email, false, work);
  }

  /** Like {@link #withServices(String, Function)}, with the store opened without its key. */
  <T> T withServices(String email, boolean withoutKey, Function<AdminServices, T> work) {
    try (AdminServices opened = root.openServices(withoutKey)) {
      return work.apply(opened);
    } catch (AccountException e) {
      throw new CliFailure(messages.refusal(e, shown(email)));
    }
  }

  /** The most characters of what was typed that a message quotes when it is no email. */
  static final int QUOTED = 64;

  /**
   * An email as messages show it: normalised when it is one, else as typed, trimmed and cut short,
   * so that a megabyte given as an email does not come back as a megabyte-long sentence. Invisible
   * characters show as the replacement character, so that the reader sees where they are.
   */
  static String shown(String email) {
    String normalized = Emails.normalize(email);
    if (Emails.isValid(normalized)) {
      return normalized;
    }
    StringBuilder quoted = new StringBuilder();
    PlainText.shortened(email.strip(), QUOTED)
        .codePoints()
        .map(codePoint -> Confusables.isInvisible(codePoint) ? 0xFFFD : codePoint)
        .forEach(quoted::appendCodePoint);
    return quoted.toString();
  }
}
