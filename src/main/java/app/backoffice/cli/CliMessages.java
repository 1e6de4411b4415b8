package app.backoffice.cli;

import app.backoffice.auth.AccountException;
import app.backoffice.auth.PasswordProblem;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The command line's sentences, from {@code messages.properties} beside this class. */
final class CliMessages {

  private final ResourceBundle bundle;

  CliMessages(Locale locale) {
    this.bundle = ResourceBundle.getBundle("app.backoffice.cli.messages", locale);
  }

  String get(String key, Object... arguments) {
    return MessageFormat.format(bundle.getString(key), arguments);
  }

  /** The sentence for a key that not every case has, such as what an option takes. */
  Optional<String> find(String key, Object... arguments) {
    return bundle.containsKey(key) ? Optional.of(get(key, arguments)) : Optional.empty();
  }

  /** One sentence for a refused account operation. */
  String refusal(AccountException e, String email) {
    if (e.reason() == AccountException.Reason.WEAK_PASSWORD) {
      return weakPassword(e.passwordProblems());
    }
    if (e.reason() == AccountException.Reason.INVALID_EMAIL
        && email.indexOf(PasswordInput.UNDECODABLE) >= 0) {
      return get("email.undecodable");
    }
    return get("account." + e.reason().name(), email);
  }

  String weakPassword(List<PasswordProblem> problems) {
    return get(
        "password.refused",
        problems.stream()
            .map(problem -> get("password." + problem.name()))
            .collect(Collectors.joining("; ")));
  }
}
