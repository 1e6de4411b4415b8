package app.backoffice.auth;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a new password must be: at least 8 characters, at most 72 bytes (bcrypt ignores the rest, so
 * a longer one is refused rather than cut short), not a common password, not the email.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_BYTES = 72;

  /** Every rule the password breaks, in a stable order; empty when it is acceptable. */
  public List<PasswordProblem> check(String password, String email) {
    String normalized = normalize(password);
    List<PasswordProblem> problems = new ArrayList<>();
    if (normalized.codePointCount(0, normalized.length()) < MIN_LENGTH) {
      problems.add(PasswordProblem.TOO_SHORT);
    }
    if (!fitsBcrypt(normalized)) {
      problems.add(PasswordProblem.TOO_LONG);
    }
    if (normalized.chars().anyMatch(Character::isISOControl)) {
      problems.add(PasswordProblem.CONTROL_CHARACTER);
    }
    if (hasLoneSurrogate(normalized)) {
      problems.add(PasswordProblem.BROKEN_CHARACTER);
    }
    if (isCommon(normalized)) {
      problems.add(PasswordProblem.COMMON);
    }
    if (!email.isEmpty() && normalized.strip().equalsIgnoreCase(Emails.normalize(email))) {
      problems.add(PasswordProblem.SAME_AS_EMAIL);
    }
    return List.copyOf(problems);
  }

  /**
   * Checks a new password.
   *
   * @throws AccountException with {@code WEAK_PASSWORD} and the rules it breaks
   */
  void requireAcceptable(String password, String email) {
    List<PasswordProblem> problems = check(password, email);
    if (!problems.isEmpty()) {
      throw new AccountException(AccountException.Reason.WEAK_PASSWORD, problems);
    }
  }

  /**
   * The form in which a password is hashed and checked: Unicode NFC, so that the same characters
   * typed on two keyboards give the same bytes.
   */
  public static String normalize(String password) {
    return password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFC);
  }

  /** Whether bcrypt reads every byte of a normalised password. */
  public static boolean fitsBcrypt(String normalized) {
    return normalized.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
  }

  /** Whether a high or low surrogate stands without its partner, as pasted text can hold. */
  private static boolean hasLoneSurrogate(String password) {
    return password
        .codePoints()
        .anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
  }

  private static boolean isCommon(String password) {
    return CommonPasswords.RANKED.containsKey(password.toLowerCase(Locale.ROOT));
  }

  /** zxcvbn's list of the 30,000 most used passwords, loaded once, when first needed. */
  private static final class CommonPasswords {
    static final Map<String, Integer> RANKED = load();

    private static Map<String, Integer> load() {
      try {
        return StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary();
      } catch (IOException e) {
        throw new UncheckedIOException("the common-password list is missing from the build", e);
      }
    }
  }
}
