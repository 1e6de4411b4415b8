package app.backoffice.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which texts look the same, in the spirit of Unicode's confusable detection (UTS #39): two texts
 * that reduce to the same {@linkplain #skeleton skeleton} can be mistaken for one another on
 * screen.
 *
 * <p>Unicode's full confusables table needs ICU, too large for the installer. This one covers what
 * makes a look-alike email address in practice: the Cyrillic, Greek, Armenian and Latin letters
 * that common fonts draw like an ASCII letter, a few look-alike digits and punctuation marks, and
 * characters that show nothing at all. Compatibility forms (full-width letters, ℓ, ſ, ﬁ, the Kelvin
 * sign) need no entry: NFKC folds them first.
 *
 * <p>Texts are compared in lower case, as Back Office stores and shows addresses: a capital such as
 * the Cyrillic В, which looks like a Latin B but lower-cases to в, is no look-alike in the form a
 * person sees.
 *
 * <p>The digits 0 and 1 count as the letters o and l. Among lower-case letters they differ from
 * them by a little height or a serif, which is how "paypa1" fools a reader; and two real people
 * hardly need addresses that differ only there, so refusing the second costs little.
 *
 * <p>Left out on purpose: letter pairs that only look like one letter side by side ("rn" and "m",
 * "vv" and "w", "cl" and "d"), which a terminal's fixed-width font tells apart, and accented
 * letters, whose marks stay in the skeleton (an "é" is not an "e").
 */
public final class Confusables {

  /**
   * The version of these rules. Stores keep skeletons computed by them and recompute all of them
   * when this differs from the version that did; raise it with any change to the table or to how a
   * skeleton is made.
   */
  public static final int RULES_VERSION = 1;

  /**
   * Each ASCII prototype, then the characters that look like it. Lower case only, as the skeleton
   * folds case first.
   */
  private static final String[][] LOOK_ALIKES = {
    // Cyrillic а, Greek alpha, Latin alpha
    {"a", "\u0430\u03b1\u0251"},
    // Cyrillic es, Greek lunate sigma, Latin small capital C
    {"c", "\u0441\u03f2\u1d04"},
    // Cyrillic komi de
    {"d", "\u0501"},
    // Cyrillic ie, Cyrillic abkhasian che
    {"e", "\u0435\u04bd"},
    // Latin script g, Armenian co
    {"g", "\u0261\u0581"},
    // Cyrillic shha, Armenian ho
    {"h", "\u04bb\u0570"},
    // Cyrillic byelorussian-ukrainian i, Latin dotless i, Greek iota, Latin iota, Latin small
    // capital I
    {"i", "\u0456\u0131\u03b9\u0269\u026a"},
    // Cyrillic je, Greek yot, Latin dotless j
    {"j", "\u0458\u03f3\u0237"},
    // Greek kappa, Cyrillic ka, Latin kra, Latin small capital K
    {"k", "\u03ba\u043a\u0138\u1d0b"},
    // Cyrillic palochka, Latin dental click, vertical bars (ASCII, mathematical "divides", box
    // drawing), and the digit one: in lower-case text an "l" and a "1" are told apart by a serif
    {"l", "\u04cf\u01c0|\u2223\u2502" + "1"},
    // Cyrillic pe, Greek eta, Armenian vo
    {"n", "\u043f\u03b7\u0578"},
    // Cyrillic o, Greek omicron, Greek sigma, Armenian oh, Latin small capital O, and the digit
    // zero: among lower-case letters it is only a little taller
    {"o", "\u043e\u03bf\u03c3\u0585\u1d0f" + "0"},
    // Cyrillic er, Greek rho, Latin small capital P
    {"p", "\u0440\u03c1\u1d18"},
    // Cyrillic qa, Armenian za
    {"q", "\u051b\u0566"},
    // Cyrillic ghe
    {"r", "\u0433"},
    // Cyrillic dze, Latin small capital S
    {"s", "\u0455\ua731"},
    // Greek tau, Cyrillic te, Latin small capital T
    {"t", "\u03c4\u0442\u1d1b"},
    // Greek mu (the micro sign folds to it), Greek upsilon, Armenian seh, Latin small capital U,
    // Latin v with hook
    {"u", "\u03bc\u03c5\u057d\u1d1c\u028b"},
    // Greek nu, Cyrillic izhitsa, Latin small capital V
    {"v", "\u03bd\u0475\u1d20"},
    // Cyrillic we, Greek omega, Latin small capital W
    {"w", "\u051d\u03c9\u1d21"},
    // Cyrillic ha, Greek chi, the multiplication sign
    {"x", "\u0445\u03c7\u00d7"},
    // Cyrillic u, Cyrillic straight u, Greek gamma, Latin gamma, Latin small capital Y
    {"y", "\u0443\u04af\u03b3\u0263\u028f"},
    // Latin small capital Z
    {"z", "\u1d22"},
    // Cyrillic ze, Latin ezh, Latin yogh
    {"3", "\u0437\u0292\u021d"},
    // Cyrillic be
    {"6", "\u0431"},
    // Hyphen, figure dash, en dash, minus sign, modifier minus, hyphen bullet
    {"-", "\u2010\u2012\u2013\u2212\u02d7\u2043"},
    // Quotation marks, modifier apostrophes and the prime
    {"'", "\u2018\u2019\u02bc\u02bb\u02b9\u2032"},
  };

  private static final Map<Integer, String> PROTOTYPES = prototypes();

  private Confusables() {}

  private static Map<Integer, String> prototypes() {
    Map<Integer, String> prototypes = new HashMap<>();
    for (String[] entry : LOOK_ALIKES) {
      entry[1].codePoints().forEach(codePoint -> prototypes.put(codePoint, entry[0]));
    }
    return Map.copyOf(prototypes);
  }

  /**
   * The form of a text in which characters that look alike are one and the same: compatibility
   * forms folded (NFKC), lower case, accents split from their letters (NFD), invisible characters
   * dropped, and each look-alike replaced by its ASCII prototype. Two texts with the same skeleton
   * look the same; the skeleton itself is for comparing, never for showing.
   */
  public static String skeleton(String text) {
    String folded =
        Normalizer.normalize(
            Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT),
            Normalizer.Form.NFD);
    StringBuilder skeleton = new StringBuilder(folded.length());
    folded
        .codePoints()
        .filter(codePoint -> !isInvisible(codePoint))
        .forEach(
            codePoint ->
                skeleton.append(PROTOTYPES.getOrDefault(codePoint, Character.toString(codePoint))));
    return Normalizer.normalize(skeleton, Normalizer.Form.NFD);
  }

  /**
   * Whether a character shows nothing where it stands: Unicode's default-ignorable code points,
   * such as zero-width spaces and joiners, direction marks, variation selectors, Hangul fillers,
   * the soft hyphen, the byte-order mark and tag characters.
   */
  public static boolean isInvisible(int codePoint) {
    return codePoint == 0x00AD
        || codePoint == 0x034F
        || codePoint == 0x061C
        || between(codePoint, 0x115F, 0x1160)
        || between(codePoint, 0x17B4, 0x17B5)
        || between(codePoint, 0x180B, 0x180F)
        || between(codePoint, 0x200B, 0x200F)
        || between(codePoint, 0x202A, 0x202E)
        || between(codePoint, 0x2060, 0x206F)
        || codePoint == 0x3164
        || between(codePoint, 0xFE00, 0xFE0F)
        || codePoint == 0xFEFF
        || codePoint == 0xFFA0
        || between(codePoint, 0xFFF0, 0xFFF8)
        || between(codePoint, 0x1BCA0, 0x1BCA3)
        || between(codePoint, 0x1D173, 0x1D17A)
        || between(codePoint, 0xE0000, 0xE0FFF);
  }

  private static boolean between(int codePoint, int first, int last) {
    return codePoint >= first && codePoint <= last;
  }
}
