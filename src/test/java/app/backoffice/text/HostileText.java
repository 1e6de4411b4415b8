package app.backoffice.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Text that a person, a paste or an attacker may give where an email, a password or a code is asked
 * for: arbitrary UTF-16 (lone surrogates included), control characters and NUL, direction marks and
 * overrides, other invisible formatting, emoji and other surrogate pairs, combining marks, white
 * space only, SQL's meta characters, look-alikes that Unicode normalisation folds, and strings up
 * to 1 MiB. The services' property tests and the command line's fuzzing draw from the same
 * generators, so that both are fed the same inputs.
 */
public final class HostileText {

  /** The longest text generated: 1 Mi characters. */
  public static final int MAX_LENGTH = 1 << 20;

  /** The longest password bcrypt reads, in UTF-8 bytes: long text starts a little above it. */
  private static final int BCRYPT_BYTES = 72;

  private static final List<String> SQL =
      List.of(
          "'",
          "\"",
          ";",
          "--",
          "/*",
          "*/",
          "%",
          "_",
          "\\",
          "`",
          "' OR '1'='1",
          "'; DROP TABLE users; --",
          "\" OR 1=1 --",
          "%_%",
          "\\'",
          "'||'",
          "x' AND sqlite_version() --",
          "NULL",
          "?",
          ":email",
          "$1");

  /** Direction marks, embeddings, overrides and isolates (the "Trojan Source" characters). */
  private static final String BIDI =
      "\u200e\u200f\u061c" + "\u202a\u202b\u202c\u202d\u202e" + "\u2066\u2067\u2068\u2069";

  /** Invisible formatting other than direction: joiners, soft hyphen, byte-order mark. */
  private static final String FORMAT =
      "\u00ad\u200b\u200c\u200d" + "\u2060\u2061\u2062\u2063\u2064" + "\ufeff\u180e\u034f";

  /** Every kind of white space Java or Unicode knows, the line breaks included. */
  private static final String WHITE_SPACE =
      " \t\n\r\u000b\u000c\u0085\u00a0\u1680"
          + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
          + "\u2028\u2029\u202f\u205f\u3000";

  private static final List<String> EMOJI =
      List.of(
          "\ud83d\ude00",
          "\ud83d\udd11",
          "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
          "\ud83c\uddec\ud83c\udde7",
          "\ud83d\udc4d\ud83c\udffd",
          "1\ufe0f\u20e3",
          "\ud83e\udef6",
          // Tag characters: invisible, outside the basic plane.
          "\udb40\udc01\udb40\udc41");

  /**
   * Text that normalisation changes: full-width and mathematical letters, ligatures, the Kelvin and
   * Angstrom signs, Turkish I, sharp s, a character NFC splits in two, and look-alike letters from
   * other scripts.
   */
  private static final List<String> LOOK_ALIKES =
      List.of(
          "\uff41\uff4c\uff49\uff43\uff45",
          "\ud835\udc1a\ud835\udc1b",
          "\ufb01",
          "\u212a",
          "\u212b",
          "\u0130",
          "\u0131",
          "\u00df",
          "\u0958",
          "\u01c5",
          "\u2460",
          "\u00b2",
          "\u0430",
          "\u03bf",
          "\uff20",
          "\uff0e",
          "\ufe6b",
          "\u2024");

  private static final List<String> SCRIPTS =
      List.of(
          "\u0645\u0631\u062d\u0628\u0627",
          "\u05e9\u05dc\u05d5\u05dd",
          "\u7528\u6237",
          "\uc0ac\uc6a9\uc790",
          "\u0928\u092e\u0938\u094d\u0924\u0947",
          "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35",
          "\u0438\u0432\u0430\u043d",
          "caf\u00e9",
          "cafe\u0301");

  private static final List<String> WORDS =
      List.of("alice", "a", "@", ".", "@example.com", "example", "com", "x", "42", "Harbour");

  private HostileText() {}

  /** Anything at all, most of it hostile. */
  public static Arbitrary<String> any() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, mixed()),
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
        Tuple.of(1, whiteSpaceOnly()),
        Tuple.of(1, veryLong()));
  }

  /**
   * Hostile text, addresses that are nearly or really valid with hostile text inside, and plain
   * addresses, some of them valid.
   */
  public static Arbitrary<String> emails() {
    Arbitrary<String> bases =
        Arbitraries.of(
            "alice@example.com",
            "Bob.Smith+tag@Example.ORG",
            "\u00fcn\u00efc\u00f6d\u00e9@ex\u00e4mple.com",
            "\u7528\u6237@\u4f8b\u5b50.\u5e7f\u544a",
            "\u0438\u0432\u0430\u043d@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444",
            "a@b.co",
            "x".repeat(64) + "@" + "d".repeat(185) + ".com");
    Arbitrary<String> plain =
        Combinators.combine(
                Arbitraries.strings()
                    .withCharRange('a', 'z')
                    .withChars("0123456789.+_-\u00e9\u00df")
                    .ofMinLength(1)
                    .ofMaxLength(64),
                Arbitraries.of("example.com", "\u4f8b\u5b50.\u5e7f\u544a", "b.co"))
            .as((local, domain) -> local + "@" + domain);
    return Arbitraries.frequencyOf(
        Tuple.of(3, any()),
        Tuple.of(4, decorated(bases)),
        Tuple.of(2, Arbitraries.oneOf(bases, plain)),
        Tuple.of(1, Arbitraries.of(SQL)));
  }

  /** Hostile text, strong passwords with hostile text inside, and lengths about bcrypt's limit. */
  public static Arbitrary<String> passwords() {
    Arbitrary<String> bases =
        Arbitraries.of("violet-harbour-42", "Lantern Quay 1987!", "\u00e9t\u00e9-\u00e0-Paris-9");
    return Arbitraries.frequencyOf(
        Tuple.of(3, any()), Tuple.of(3, decorated(bases)), Tuple.of(2, nearBcryptLimit()));
  }

  /**
   * Hostile text, six digits or recovery codes with hostile text inside or around them, and
   * well-formed codes that are wrong.
   */
  public static Arbitrary<String> codes() {
    Arbitrary<String> bases =
        Arbitraries.oneOf(
            Arbitraries.strings().numeric().ofLength(6),
            Arbitraries.strings().withChars("0123456789abcdefghjkmnpqrstvwxyzOIL").ofLength(10),
            Arbitraries.of(
                "123 456",
                "123-456",
                "\uff11\uff12\uff13\uff14\uff15\uff16",
                "\u0661\u0662\u0663\u0664\u0665\u0666",
                "abcde-fghjk",
                "ABCDE FGHJK",
                " ".repeat(58) + "123456",
                "-".repeat(59) + "123456"));
    return Arbitraries.frequencyOf(
        Tuple.of(3, any()), Tuple.of(3, decorated(bases)), Tuple.of(2, bases));
  }

  /**
   * What is typed where the test knows the right value: anything at all, the value itself, or the
   * value decorated as hands and pastes do.
   */
  public static Arbitrary<Typed> typed(Arbitrary<String> anything) {
    Arbitrary<Typed> decorated =
        Arbitraries.oneOf(
            Arbitraries.just(new Typed("the right value", right -> right)),
            Arbitraries.just(
                new Typed("the right value in upper case", r -> r.toUpperCase(Locale.ROOT))),
            Arbitraries.just(new Typed("the right value in full-width letters", HostileText::wide)),
            Arbitraries.just(
                new Typed(
                    "the right value decomposed (NFD)",
                    r -> Normalizer.normalize(r, Normalizer.Form.NFD))),
            Combinators.combine(whiteSpace(), whiteSpace())
                .as(
                    (before, after) ->
                        new Typed(
                            "the right value between " + shown(before) + " and " + shown(after),
                            r -> before + r + after)),
            Combinators.combine(fragment(), Arbitraries.doubles().between(0, 1))
                .as(
                    (inserted, at) ->
                        new Typed(
                            "the right value with " + shown(inserted) + " at " + at,
                            r -> insert(r, inserted, at))));
    Arbitrary<Typed> other =
        anything.map(text -> new Typed("other text: " + shown(text), right -> text));
    return Arbitraries.frequencyOf(Tuple.of(1, other), Tuple.of(1, decorated));
  }

  /** Text for reports: escaped where unprintable, cut short where long. */
  public static String shown(String text) {
    String start = text.length() > 60 ? text.substring(0, 60) : text;
    String escaped =
        start
            .chars()
            .mapToObj(c -> c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : "" + (char) c)
            .collect(Collectors.joining());
    return "\"" + escaped + "\"" + (text.length() > 60 ? "... (" + text.length() + " chars)" : "");
  }

  // ---- the pieces -------------------------------------------------------------------------

  /** One short hostile piece of any kind. */
  public static Arbitrary<String> fragment() {
    return Arbitraries.oneOf(
        Arbitraries.of(SQL),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(3),
        Arbitraries.strings().withCharRange('\u007f', '\u009f').ofMinLength(1).ofMaxLength(2),
        Arbitraries.of("\u0000", "\u001b[2J", "\u001b]0;title\u0007", "\r\n", "\u0008\u0008"),
        Arbitraries.strings().withChars(BIDI).ofMinLength(1).ofMaxLength(3),
        Arbitraries.strings().withChars(FORMAT).ofMinLength(1).ofMaxLength(3),
        whiteSpace(),
        Arbitraries.of(EMOJI),
        Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMinLength(1).ofMaxLength(2),
        Arbitraries.strings().withCharRange('\u0300', '\u036f').ofMinLength(1).ofMaxLength(12),
        Arbitraries.of(LOOK_ALIKES),
        Arbitraries.of(SCRIPTS),
        Arbitraries.of("\ufffd", "\ufffe", "\uffff", "\ue000", "\u0378", "\ud83d"),
        Arbitraries.of(WORDS));
  }

  private static Arbitrary<String> mixed() {
    return fragment().list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
  }

  private static Arbitrary<String> whiteSpace() {
    return Arbitraries.strings().withChars(WHITE_SPACE).ofMinLength(1).ofMaxLength(4);
  }

  private static Arbitrary<String> whiteSpaceOnly() {
    return Arbitraries.strings().withChars(WHITE_SPACE).ofMinLength(0).ofMaxLength(30);
  }

  /** A piece repeated to a length above what bcrypt reads, up to {@link #MAX_LENGTH}. */
  private static Arbitrary<String> veryLong() {
    return Combinators.combine(
            Arbitraries.oneOf(mixed(), Arbitraries.of("a", "\u00e9", "\ud83d\ude00", "\u0000")),
            // Most a little over what bcrypt reads, some of a megabyte, and 1 MiB itself.
            Arbitraries.integers()
                .between(BCRYPT_BYTES + 1, MAX_LENGTH)
                .withDistribution(RandomDistribution.biased())
                .edgeCases(edges -> edges.includeOnly(MAX_LENGTH)))
        .as(HostileText::repeatedTo);
  }

  /**
   * Passwords of 71 to 73 UTF-8 bytes, in characters of one to four bytes, some of which NFC
   * normalisation makes longer (U+0958 becomes two characters) or shorter.
   */
  private static Arbitrary<String> nearBcryptLimit() {
    Arbitrary<String> unit =
        Arbitraries.of("a", "\u00e9", "e\u0301", "\u20ac", "\u0958", "\ud83d\ude00");
    return Combinators.combine(unit, Arbitraries.integers().between(-1, 1))
        .as(
            (piece, off) -> {
              int bytes = piece.getBytes(StandardCharsets.UTF_8).length;
              int target = BCRYPT_BYTES + off;
              return "Q7-"
                  + piece.repeat(Math.max(1, (target - 3) / bytes))
                  + "x".repeat((target - 3) % bytes);
            });
  }

  /** A base with hostile text put in at some place, or around it. */
  private static Arbitrary<String> decorated(Arbitrary<String> bases) {
    return Combinators.combine(bases, fragment(), Arbitraries.doubles().between(0, 1))
        .as(HostileText::insert);
  }

  private static String insert(String base, String inserted, double at) {
    int index = (int) Math.round(at * base.length());
    return base.substring(0, index) + inserted + base.substring(index);
  }

  private static String repeatedTo(String piece, int length) {
    String unit = piece.isEmpty() ? "a" : piece;
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }

  /** The ASCII letters, digits and signs as their full-width forms, which NFKC folds back. */
  private static String wide(String text) {
    StringBuilder wide = new StringBuilder(text.length());
    text.chars()
        .forEach(c -> wide.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xff01) : (char) c));
    return wide.toString();
  }

  // ---- for @ForAll(supplier = ...) --------------------------------------------------------

  /** {@link #emails()}. */
  public static final class Emails implements ArbitrarySupplier<String> {
    @Override
    public Arbitrary<String> get() {
      return emails();
    }
  }

  /** {@link #passwords()}. */
  public static final class Passwords implements ArbitrarySupplier<String> {
    @Override
    public Arbitrary<String> get() {
      return passwords();
    }
  }

  /** {@link #emails()}, or the right email decorated. */
  public static final class TypedEmails implements ArbitrarySupplier<Typed> {
    @Override
    public Arbitrary<Typed> get() {
      return typed(emails());
    }
  }

  /** {@link #passwords()}, or the right password decorated. */
  public static final class TypedPasswords implements ArbitrarySupplier<Typed> {
    @Override
    public Arbitrary<Typed> get() {
      return typed(passwords());
    }
  }

  /** {@link #codes()}, or the right code decorated. */
  public static final class TypedCodes implements ArbitrarySupplier<Typed> {
    @Override
    public Arbitrary<Typed> get() {
      return typed(codes());
    }
  }

  /** What was typed where a right value is known; {@link #toString()} says which for reports. */
  public record Typed(String description, UnaryOperator<String> typing) {

    public String against(String right) {
      return typing.apply(right);
    }

    @Override
    public String toString() {
      return description;
    }
  }
}
