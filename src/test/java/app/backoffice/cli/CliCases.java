package app.backoffice.cli;

import app.backoffice.text.HostileText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Command lines to fuzz with: well-formed commands carrying hostile emails, passwords and option
 * values; the same with arguments dropped, repeated, swapped, cut short or replaced and unknown
 * options put in; and arrays of words and hostile text at random. Each comes with standard input (a
 * password line, random bytes, invalid UTF-8, more than 1 KiB, nothing) and what the terminal
 * answers at its prompts.
 */
final class CliCases {

  /** Accounts the fuzzing store holds before the first case, for right emails among the wrong. */
  static final List<String> KNOWN_EMAILS =
      List.of("admin@example.com", "staff@example.com", "ADMIN@Example.com ");

  /** Every word the command line knows, and a few it does not. */
  static final List<String> WORDS =
      List.of(
          "user",
          "add",
          "list",
          "set-password",
          "reset-2fa",
          "unlock",
          "disable",
          "enable",
          "audit",
          "--email",
          "--role",
          "--password-stdin",
          "--json",
          "--all",
          "--since",
          "--limit",
          "--help",
          "--version",
          "--verbose",
          "--data-dir",
          "-h",
          "-V",
          "--",
          "-",
          "--email=",
          "--limit=5",
          "-x",
          "help");

  private CliCases() {}

  /** What a fuzzing case is made of. */
  record CliCase(String kind, List<String> arguments, byte[] stdin, List<String> typed) {

    String[] argumentArray() {
      return arguments.toArray(String[]::new);
    }

    @Override
    public String toString() {
      String shownStdin =
          stdin.length > 40
              ? HexFormat.of().formatHex(stdin, 0, 40) + "... (" + stdin.length + " bytes)"
              : HexFormat.of().formatHex(stdin);
      return kind
          + " "
          + arguments.stream().map(HostileText::shown).collect(Collectors.joining(" "))
          + " < "
          + shownStdin
          + " typed "
          + typed.stream().map(HostileText::shown).toList();
    }
  }

  static Arbitrary<CliCase> cases() {
    Arbitrary<List<String>> wellFormed = commands();
    return Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(3, wellFormed.map(arguments -> Tuple.of("well-formed", arguments))),
                Tuple.of(4, mutated(wellFormed).map(arguments -> Tuple.of("mutated", arguments))),
                Tuple.of(2, randomArguments().map(arguments -> Tuple.of("random", arguments)))),
            standardInput(),
            terminalAnswers())
        .as((made, stdin, typed) -> new CliCase(made.get1(), made.get2(), stdin, typed));
  }

  // ---- arguments --------------------------------------------------------------------------

  private static Arbitrary<List<String>> commands() {
    Arbitrary<String> email =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.of(KNOWN_EMAILS)), Tuple.of(2, HostileText.emails()));
    Arbitrary<String> role =
        Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("admin", "staff", " ADMIN ")),
                Tuple.of(1, HostileText.any()))
            // Option values' edge cases would crowd out the rest: 10,000 tries mix in thousands.
            .withoutEdgeCases();
    Arbitrary<String> since =
        Arbitraries.frequencyOf(
                Tuple.of(
                    2,
                    Arbitraries.of(
                        "2026-12-03", "2026-12-03T09:00:00Z", "+1000000000-01-01T00:00:00Z", "T")),
                Tuple.of(1, HostileText.any()))
            .withoutEdgeCases();
    Arbitrary<String> limit =
        Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("1", "100", "0", "-1", "100001", "99999999999", "0x10")),
                Tuple.of(1, HostileText.any()))
            .withoutEdgeCases();
    return Arbitraries.oneOf(
        email.map(e -> List.of("user", "add", "--email", e, "--password-stdin")),
        Combinators.combine(email, role)
            .as((e, r) -> List.of("user", "add", "--email", e, "--role", r, "--password-stdin")),
        email.map(e -> List.of("user", "add", "--email", e)),
        email.map(e -> List.of("user", "set-password", "--email", e, "--password-stdin")),
        email.map(e -> List.of("user", "set-password", "--email", e)),
        Combinators.combine(Arbitraries.of("reset-2fa", "unlock", "disable", "enable"), email)
            .as((command, e) -> List.of("user", command, "--email", e)),
        Combinators.combine(email, since, limit)
            .as((e, s, l) -> List.of("audit", "--email", e, "--since", s, "--limit", l, "--json")),
        Arbitraries.of(
            List.of("user", "list"),
            List.of("user", "list", "--json"),
            List.of("user", "reset-2fa", "--all"),
            List.of("audit"),
            List.of("user"),
            List.of("--help"),
            List.of("user", "add", "--help"),
            List.of("--version"),
            List.of()));
  }

  /** A well-formed command with one to three of its arguments changed. */
  private static Arbitrary<List<String>> mutated(Arbitrary<List<String>> commands) {
    return Combinators.combine(commands, mutation().list().ofMinSize(1).ofMaxSize(3))
        .as(
            (arguments, mutations) -> {
              List<String> changed = new ArrayList<>(arguments);
              mutations.forEach(mutation -> mutation.apply(changed));
              return List.copyOf(changed);
            });
  }

  private static Arbitrary<Mutation> mutation() {
    Arbitrary<String> text =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.of(WORDS)),
            Tuple.of(1, HostileText.any().map(any -> "--" + any)),
            Tuple.of(2, HostileText.any()));
    return Combinators.combine(
            Arbitraries.of(Mutation.Kind.class), Arbitraries.doubles().between(0, 1), text)
        .as(Mutation::new);
  }

  /** One change to an argument list, at a place given as a fraction of its length. */
  private record Mutation(Kind kind, double at, String text) {

    enum Kind {
      DROP,
      REPEAT,
      INSERT,
      REPLACE,
      SWAP,
      CUT_SHORT
    }

    void apply(List<String> arguments) {
      int index = (int) (at * arguments.size());
      boolean onOne = index < arguments.size();
      switch (kind) {
        case DROP -> {
          if (onOne) {
            arguments.remove(index);
          }
        }
        case REPEAT -> {
          if (onOne) {
            arguments.add(index, arguments.get(index));
          }
        }
        case INSERT -> arguments.add(index, text);
        case REPLACE -> {
          if (onOne) {
            arguments.set(index, text);
          }
        }
        case SWAP -> {
          if (index + 1 < arguments.size()) {
            arguments.set(index, arguments.set(index + 1, arguments.get(index)));
          }
        }
        case CUT_SHORT -> arguments.subList(index, arguments.size()).clear();
      }
    }
  }

  private static Arbitrary<List<String>> randomArguments() {
    return Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.of(WORDS)), Tuple.of(1, HostileText.any()))
        .list()
        .ofMaxSize(8);
  }

  // ---- standard input and the terminal ----------------------------------------------------

  private static Arbitrary<byte[]> standardInput() {
    Arbitrary<String> password = HostileText.passwords();
    Arbitrary<byte[]> invalidUtf8 =
        Combinators.combine(
                Arbitraries.of(
                    new byte[] {(byte) 0xc0, (byte) 0x80},
                    new byte[] {(byte) 0xff},
                    new byte[] {(byte) 0x80},
                    new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                    new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                    new byte[] {(byte) 0xe2, (byte) 0x82}),
                Arbitraries.doubles().between(0, 1))
            .as((bad, at) -> spliced(utf8("violet-harbour-42\n"), bad, at));
    return Arbitraries.frequencyOf(
        Tuple.of(4, password.map(p -> utf8(p + "\n"))),
        Tuple.of(1, password.map(p -> utf8("\ufeff" + p + "\r\n"))),
        Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(2048)),
        Tuple.of(1, invalidUtf8),
        Tuple.of(
            1,
            Arbitraries.integers()
                .between(PasswordInput.MAX_BYTES - 1, 4 * PasswordInput.MAX_BYTES)
                .map(length -> utf8("y".repeat(length) + "\n"))),
        Tuple.of(1, Arbitraries.just(new byte[0])));
  }

  /** What the terminal answers to the prompts, in order; none means there is no terminal. */
  private static Arbitrary<List<String>> terminalAnswers() {
    Arbitrary<String> password = HostileText.passwords();
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(List.of())),
        Tuple.of(2, password.map(p -> List.of(p, p))),
        Tuple.of(1, Combinators.combine(password, password).as(List::of)),
        Tuple.of(1, password.map(List::of)),
        Tuple.of(1, Arbitraries.just(List.of("", ""))));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] spliced(byte[] into, byte[] piece, double at) {
    int index = (int) (at * (into.length - 1));
    byte[] result = Arrays.copyOf(into, into.length + piece.length);
    System.arraycopy(piece, 0, result, index, piece.length);
    System.arraycopy(into, index, result, index + piece.length, into.length - index);
    return result;
  }
}
