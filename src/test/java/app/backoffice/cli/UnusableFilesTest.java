package app.backoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.backoffice.logging.Logging;
import app.backoffice.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of file the command line cannot use, met by a command that writes and by two that read:
 * exit status 1, one sentence on standard error that names the file and says what to do, and every
 * file in the data directory exactly as it was, with nothing added beside the logs.
 */
class UnusableFilesTest {

  private static final String PASSWORD = "Harbour-Lantern-42";

  /** Where SQLite keeps {@code PRAGMA user_version} in a database file's header. */
  private static final int USER_VERSION_OFFSET = 60;

  /** A full stop, question or exclamation mark followed by the start of another sentence. */
  private static final Pattern SECOND_SENTENCE = Pattern.compile("[.!?]\\s+\\p{Lu}");

  @TempDir Path dataDir;

  private CliFixture cli;

  /** What is wrong, the file the message must name, and words the message must hold. */
  enum Damage {
    TRUNCATED_STORE(Damage::store, "is damaged", "restore it from a backup"),
    RANDOM_BYTES(Damage::store, "is not a Back Office store", "move it away"),
    NEWER_SCHEMA(Damage::store, "newer version", "install the newer version"),
    READ_ONLY_STORE(Damage::store, "is read-only", "writable for this user"),
    READ_ONLY_FOLDER(dir -> dir, "is read-only", "writable for this user"),
    MISSING_KEY(Damage::key, "is missing", "reset-2fa --all"),
    SHORT_KEY(Damage::key, "holds 31 bytes instead of 32", "restore the original"),
    LONG_KEY(Damage::key, "longer than the 32 bytes", "restore the original");

    final UnaryOperator<Path> named;
    final List<String> words;

    Damage(UnaryOperator<Path> named, String... words) {
      this.named = named;
      this.words = List.of(words);
    }

    private static Path store(Path dataDir) {
      return dataDir.resolve(SqliteStore.FILE_NAME);
    }

    private static Path key(Path dataDir) {
      return dataDir.resolve("secret.key");
    }
  }

  /** Commands that write and that read, each given as its arguments and standard input. */
  enum Command {
    USER_ADD(PASSWORD + "\n", "user", "add", "--email", "new@example.com", "--password-stdin"),
    USER_LIST("", "user", "list"),
    AUDIT("", "audit");

    final String stdin;
    final String[] arguments;

    Command(String stdin, String... arguments) {
      this.stdin = stdin;
      this.arguments = arguments;
    }
  }

  static Stream<Arguments> everyDamageWithEveryCommand() {
    return Stream.of(Damage.values())
        .flatMap(damage -> Stream.of(Command.values()).map(c -> Arguments.of(damage, c)));
  }

  @BeforeEach
  void storeWithAnEnrolledAdministrator() {
    cli = CliFixture.honouringDataDirOption(dataDir);
    cli.addUser("admin@example.com", "admin", PASSWORD);
    try (SqliteStore store = SqliteStore.open(dataDir, new SecureRandom())) {
      long id = store.read(r -> r.users().findByEmail("admin@example.com")).orElseThrow().id();
      store.update(
          r ->
              r.users().enableTwoFactor(id, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", CliFixture.NOW, 1));
    }
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("everyDamageWithEveryCommand")
  void unusableFileIsNamedInOneSentenceAndLeftAsItWas(Damage damage, Command command)
      throws IOException {
    try {
      assumeTrue(damage(damage), "this user (root?) may write read-only files and folders");
      TreeMap<String, String> before = digests();

      int status = cli.runIn(command.stdin, command.arguments);

      assertThat(status).as(cli.err()).isEqualTo(Cli.FAILED);
      assertThat(cli.out()).isEmpty();
      assertOneSentenceAbout(cli.err(), damage);
      assertThat(digests()).as("the data directory's files").isEqualTo(before);
    } finally {
      repair();
    }
  }

  @Test
  void eachKindOfDamageHasItsOwnSentence() throws IOException {
    List<String> sentences = new ArrayList<>();
    int made = 0;
    for (Damage damage : Damage.values()) {
      clearDataDirectory();
      storeWithAnEnrolledAdministrator();
      if (damage(damage)) {
        made++;
        cli.runIn("", "user", "list");
        sentences.add(cli.err());
      }
      repair();
    }

    assertThat(sentences).hasSize(made).doesNotHaveDuplicates();
  }

  private void assertOneSentenceAbout(String err, Damage damage) {
    Path named = damage.named.apply(dataDir);
    assertThat(err).endsWith(".\n").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(err.lines()).hasSize(1);
    assertThat(err).contains(named.toString());
    String rest = err.replace(named.toString(), "FILE").strip();
    assertThat(SECOND_SENTENCE.matcher(rest).find()).as("a second sentence in: %s", err).isFalse();
    for (String words : damage.words) {
      assertThat(err.toLowerCase(Locale.ROOT)).contains(words.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Damages the data directory the given way.
   *
   * @return false when the damage cannot be made here: root may write read-only files
   */
  private boolean damage(Damage damage) throws IOException {
    Path store = Damage.store(dataDir);
    Path key = Damage.key(dataDir);
    switch (damage) {
      case TRUNCATED_STORE -> {
        try (FileChannel channel = FileChannel.open(store, StandardOpenOption.WRITE)) {
          channel.truncate(channel.size() / 2);
        }
      }
      case RANDOM_BYTES -> {
        byte[] noise = new byte[8192];
        new Random(20260506L).nextBytes(noise);
        Files.write(store, noise);
      }
      case NEWER_SCHEMA -> {
        try (FileChannel channel = FileChannel.open(store, StandardOpenOption.WRITE)) {
          channel.write(ByteBuffer.allocate(4).putInt(0, 99), USER_VERSION_OFFSET);
        }
      }
      case READ_ONLY_STORE -> {
        store.toFile().setWritable(false, false);
        return !Files.isWritable(store);
      }
      case READ_ONLY_FOLDER -> {
        dataDir.toFile().setWritable(false, false);
        return !Files.isWritable(dataDir);
      }
      case MISSING_KEY -> Files.delete(key);
      case SHORT_KEY -> Files.write(key, new byte[31]);
      case LONG_KEY -> Files.write(key, new byte[33]);
    }
    return true;
  }

  /** Makes the data directory removable again after a test that took write permission away. */
  private void repair() {
    dataDir.toFile().setWritable(true, true);
    Damage.store(dataDir).toFile().setWritable(true, true);
  }

  private void clearDataDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        if (!file.equals(dataDir)) {
          Files.delete(file);
        }
      }
    }
  }

  /**
   * The SHA-256 of every file under the data directory but the logs, by relative name: the store,
   * its write-ahead log and index when there are any, and the key file.
   */
  private TreeMap<String, String> digests() throws IOException {
    TreeMap<String, String> digests = new TreeMap<>();
    Path logs = dataDir.resolve(Logging.FOLDER);
    try (Stream<Path> files = Files.walk(dataDir)) {
      files
          .filter(Files::isRegularFile)
          .filter(file -> !file.startsWith(logs))
          .forEach(file -> digests.put(dataDir.relativize(file).toString(), sha256(file)));
    }
    return digests;
  }

  private static String sha256(Path file) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
