package app.backoffice.auth;

import app.backoffice.auth.AccountException.Reason;
import app.backoffice.text.Confusables;
import app.backoffice.text.PlainText;
import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Email addresses as Back Office compares them: trimmed, Unicode-normalised (NFKC) and lower-case.
 * An address that holds an invisible character or mixes alphabets is refused, each for its own
 * reason; one that looks the same as another account's is refused by the store, which compares
 * their {@linkplain Confusables#skeleton skeletons}.
 */
public final class Emails {

  /** The longest address a mail system accepts (RFC 5321 path limit less the brackets). */
  public static final int MAX_LENGTH = 254;

  /**
   * One {@code @}, something before it, a domain with a dot after it; no white space, no control
   * characters and no colon (authenticator apps read a colon as the issuer separator).
   */
  private static final Pattern SHAPE =
      Pattern.compile("[^@:\\s]+@[^@:.\\s]+(\\.[^@:.\\s]+)+", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Characters no address may hold besides the invisible ones: controls, other formatting,
   * unassigned and private-use code points, separators, and the replacement character that stands
   * for bytes the system could not decode.
   */
  private static final Pattern FORBIDDEN =
      Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cn}\\p{Co}\\p{Cs}\\p{Z}\\x{FFFD}]");

  private Emails() {}

  public static String normalize(String email) {
    if (email == null) {
      return "";
    }
    // Normalise before and after lower-casing: NFKC turns some characters into spaces, and a few
    // lower-case forms are themselves not normalised.
    // The Turkish dotted capital I would lower-case to "i" plus a combining dot: read it as "I".
    String folded =
        Normalizer.normalize(email, Normalizer.Form.NFKC)
            .replace('\u0130', 'I')
            .toLowerCase(Locale.ROOT);
    return Normalizer.normalize(folded, Normalizer.Form.NFKC).strip();
  }

  /**
   * Normalises an address and checks it.
   *
   * @throws AccountException with {@code INVALID_EMAIL}, {@code EMAIL_HAS_INVISIBLE_CHARACTER} or
   *     {@code EMAIL_MIXES_SCRIPTS}
   */
  static String requireValid(String email) {
    String normalized = normalize(email);
    Optional<Reason> problem = problem(normalized);
    if (problem.isPresent()) {
      throw new AccountException(problem.get());
    }
    return normalized;
  }

  /** Whether a normalised address is one Back Office accepts. */
  public static boolean isValid(String normalized) {
    return problem(normalized).isEmpty();
  }

  /** Why a normalised address is refused; empty when it is accepted. */
  static Optional<Reason> problem(String normalized) {
    if (normalized.length() > MAX_LENGTH || !SHAPE.matcher(normalized).matches()) {
      return Optional.of(Reason.INVALID_EMAIL);
    }
    // Before the other forbidden characters: an invisible one is worth naming, as whoever pasted
    // the address cannot see what is wrong with it.
    if (normalized.codePoints().anyMatch(Confusables::isInvisible)) {
      return Optional.of(Reason.EMAIL_HAS_INVISIBLE_CHARACTER);
    }
    if (FORBIDDEN.matcher(normalized).find()) {
      return Optional.of(Reason.INVALID_EMAIL);
    }
    if (!eachPartInOneScript(normalized)) {
      return Optional.of(Reason.EMAIL_MIXES_SCRIPTS);
    }
    return Optional.empty();
  }

  /**
   * Whether the local part and each label of the domain are "highly restrictive" in the sense of
   * Unicode's security mechanisms (UTS #39): written in one script, or in Latin with the scripts
   * Japanese, Chinese or Korean are written in together. A Cyrillic "а" among Latin letters looks
   * exactly like "a": such a mix is how a look-alike account is made, and no real address needs it.
   * Digits and punctuation belong to every script.
   */
  private static boolean eachPartInOneScript(String normalized) {
    int at = normalized.indexOf('@');
    if (!restrictedToOneWritingSystem(normalized.substring(0, at))) {
      return false;
    }
    for (String label : normalized.substring(at + 1).split("\\.")) {
      if (!restrictedToOneWritingSystem(label)) {
        return false;
      }
    }
    return true;
  }

  private static final List<Set<UnicodeScript>> WRITING_SYSTEMS =
      List.of(
          EnumSet.of(
              UnicodeScript.LATIN,
              UnicodeScript.HAN,
              UnicodeScript.HIRAGANA,
              UnicodeScript.KATAKANA),
          EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
          EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

  private static boolean restrictedToOneWritingSystem(String part) {
    Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
    part.codePoints()
        .mapToObj(UnicodeScript::of)
        .filter(script -> script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED)
        .forEach(scripts::add);
    return scripts.size() <= 1
        || WRITING_SYSTEMS.stream().anyMatch(system -> system.containsAll(scripts));
  }

  /**
   * The address as the audit log records an attempt: at most {@link #MAX_LENGTH} characters, with
   * control characters replaced, so that a hostile input cannot forge log lines.
   */
  static String forAudit(String normalized) {
    return PlainText.oneLine(PlainText.shortened(normalized, MAX_LENGTH));
  }
}
