package app.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.backoffice.auth.AuthService;
import app.backoffice.auth.AuthSettings;
import app.backoffice.auth.BcryptPasswordHasher;
import app.backoffice.auth.CodeResult;
import app.backoffice.auth.Enrolment;
import app.backoffice.auth.EnrolmentResult;
import app.backoffice.auth.MutableClock;
import app.backoffice.auth.Outcomes;
import app.backoffice.auth.PasswordChangeResult;
import app.backoffice.auth.Session;
import app.backoffice.auth.SignInResult;
import app.backoffice.config.DataDirectory;
import app.backoffice.logging.Logging;
import app.backoffice.store.AuditSource;
import app.backoffice.store.sqlite.SqliteStore;
import app.backoffice.totp.ReferenceTotp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks the whole door through the services, with logging at its most verbose, then reads every
 * file in the data directory as raw bytes looking for what must never be there in clear: the TOTP
 * secret, recovery codes, passwords and the codes that were typed.
 */
class SecretsOnDiskTest {

  private static final Instant START = Instant.parse("2026-03-02T09:00:10Z");
  private static final Duration STEP = Duration.ofSeconds(30);
  private static final String EMAIL = "admin@example.com";
  private static final String PASSWORD = "Fjörd-Lantern-42";
  private static final String WRONG_PASSWORD = "Fjörd-Lantern-43";
  private static final String NEW_PASSWORD = "Ægir-Harbour-77";

  @TempDir Path temp;

  private final MutableClock clock = new MutableClock(START);
  private Path dataDir;
  private Services services;
  private AuthService auth;

  /** Secrets held as text: searched for in any case. */
  private final List<String> texts = new ArrayList<>();

  /** Passwords: searched for as their exact UTF-8 bytes. */
  private final List<String> passwords = List.of(PASSWORD, WRONG_PASSWORD, NEW_PASSWORD);

  /** The six-digit codes that were typed. */
  private final List<String> codes = new ArrayList<>();

  private byte[] rawSecret;

  @BeforeEach
  void walkTheWholeDoor() throws IOException {
    dataDir = temp.resolve("data");
    open();
    auth.createFirstAdministrator(EMAIL, PASSWORD);
    assertThat(auth.signIn(EMAIL, WRONG_PASSWORD)).isInstanceOf(SignInResult.Rejected.class);
    Session session = signedIn(auth.signIn(EMAIL, PASSWORD));

    Enrolment enrolment = auth.accounts().beginEnrolment(session);
    remember(enrolment);
    assertThat(auth.accounts().confirmEnrolment(session, enrolment, typed(wrongCode(enrolment))))
        .isInstanceOf(Outcomes.WrongCode.class);
    EnrolmentResult enabled =
        auth.accounts().confirmEnrolment(session, enrolment, typed(code(enrolment.secret())));
    List<String> recoveryCodes = ((EnrolmentResult.Enabled) enabled).recoveryCodes();
    recoveryCodes.forEach(this::rememberRecoveryCode);
    auth.signOut(session);

    clock.advance(STEP);
    signInWithCode(PASSWORD, code(enrolment.secret()));
    signInWithCode(PASSWORD, recoveryCodes.get(0));
    // Typed without its hyphen and in capitals, as someone copying from paper might.
    session = signInWithCode(PASSWORD, recoveryCodes.get(1).replace("-", "").toUpperCase());
    PasswordChangeResult changed = auth.accounts().changePassword(session, PASSWORD, NEW_PASSWORD);
    assertThat(changed).isInstanceOf(PasswordChangeResult.Changed.class);
    auth.signOut(session);

    // A program starting on the enrolled store reads the secrets to check its key.
    reopen();
    clock.advance(STEP);
    auth.signOut(signInWithCode(NEW_PASSWORD, code(enrolment.secret())));
  }

  @AfterEach
  void closeAndQuiet() {
    if (services != null) {
      services.close();
    }
    LogManager.getLogManager().reset();
  }

  @Test
  void storeFilesAndLogsHoldNoSecretPasswordOrCodeWhileOpenAndAfterClosing() throws IOException {
    List<Path> whileOpen = filesToSearch();
    assertThat(whileOpen)
        .as("the store and its write-ahead log while a program has it open")
        .contains(dataDir.resolve(SqliteStore.FILE_NAME + "-wal"));
    assertNothingInClear(whileOpen);

    services.close();
    services = null;

    assertNothingInClear(filesToSearch());
  }

  @Test
  void theSameSearchFindsWhatIsKeptInClear() throws IOException {
    // The searches prove nothing unless they find what the store and the log do hold in clear.
    services.close();
    services = null;

    assertThat(contentOf(dataDir.resolve(SqliteStore.FILE_NAME))).contains(EMAIL);
    assertThat(contentOf(dataDir.resolve(Logging.FOLDER).resolve(Logging.FILE_NAME)))
        .contains("Created the first administrator " + EMAIL);
  }

  @Test
  void everyFileIsOwnerOnlyAndEveryFolderToo() throws IOException {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "permissions are only checked on POSIX systems");

    try (Stream<Path> paths = Files.walk(dataDir)) {
      for (Path path : paths.toList()) {
        String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
            .as("permissions of %s", dataDir.relativize(path))
            .isEqualTo(expected);
      }
    }
    assertThat(dataDir.resolve("secret.key")).exists();
    assertThat(dataDir.resolve(Logging.FOLDER).resolve(Logging.FILE_NAME)).exists();
  }

  private void assertNothingInClear(List<Path> files) throws IOException {
    assertThat(files).contains(dataDir.resolve(SqliteStore.FILE_NAME));
    assertThat(files).anyMatch(file -> file.startsWith(dataDir.resolve(Logging.FOLDER)));
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      String lower = text.toLowerCase(Locale.ROOT);
      for (String secret : texts) {
        assertThat(lower).as("%s holds %s", file, "a secret").doesNotContain(secret.toLowerCase());
      }
      for (String password : passwords) {
        assertThat(indexOf(bytes, password.getBytes(StandardCharsets.UTF_8)))
            .as("%s holds a password in UTF-8", file)
            .isNegative();
        assertThat(indexOf(bytes, password.getBytes(StandardCharsets.UTF_16LE)))
            .as("%s holds a password in UTF-16", file)
            .isNegative();
      }
      assertThat(indexOf(bytes, rawSecret)).as("%s holds the raw TOTP secret", file).isNegative();
      // The data directory's own name may hold digits; it is no code.
      String withoutPaths = text.replace(temp.toString(), "");
      for (String code : codes) {
        assertThat(withoutPaths).as("%s holds a typed code", file).doesNotContain(code);
      }
    }
  }

  /** The store, its write-ahead log and index when there are, and every log file. */
  private List<Path> filesToSearch() throws IOException {
    try (Stream<Path> paths = Files.walk(dataDir)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(
              file ->
                  file.getFileName().toString().startsWith(SqliteStore.FILE_NAME)
                      || file.startsWith(dataDir.resolve(Logging.FOLDER)))
          .toList();
    }
  }

  private static String contentOf(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  // ---- the services, at the most verbose log level -------------------------------------------

  private void open() {
    services =
        Services.open(
            Services.Settings.of(
                    DataDirectory.resolve(Optional.of(dataDir), Map.of(), "Linux", temp),
                    AuthSettings.DEFAULT,
                    AuditSource.GUI)
                .withClock(clock)
                .withHasher(random -> new BcryptPasswordHasher(4, random)));
    auth = services.auth();
    logEverything();
  }

  /**
   * Opens the store again as a program starting on it would. Opening resets the log level, so the
   * store is first opened on its own with everything logged, then the services.
   */
  private void reopen() {
    services.close();
    logEverything();
    SqliteStore.open(dataDir, new SecureRandom()).close();
    open();
  }

  /** Every level, down to the finest, for the application and the SQLite driver. */
  private static void logEverything() {
    Logger.getLogger("").setLevel(Level.ALL);
    Logger.getLogger("org.sqlite").setLevel(Level.ALL);
  }

  // ---- steps that remember what they typed ----------------------------------------------------

  private Session signedIn(SignInResult result) {
    assertThat(result).isInstanceOf(SignInResult.SignedIn.class);
    return ((SignInResult.SignedIn) result).session();
  }

  private Session signInWithCode(String password, String code) {
    SignInResult result = auth.signIn(EMAIL, password);
    assertThat(result).isInstanceOf(SignInResult.CodeRequired.class);
    CodeResult completed =
        auth.completeSignIn(((SignInResult.CodeRequired) result).pending(), code);
    assertThat(completed).isInstanceOf(CodeResult.SignedIn.class);
    return ((CodeResult.SignedIn) completed).session();
  }

  private void remember(Enrolment enrolment) {
    texts.add(enrolment.secret());
    texts.add(enrolment.groupedSecret());
    rawSecret = ReferenceTotp.decodeBase32(enrolment.secret());
  }

  private void rememberRecoveryCode(String code) {
    texts.add(code);
    texts.add(code.replace("-", ""));
  }

  private String code(String secret) {
    return typed(ReferenceTotp.codeAt(secret, clock.instant()));
  }

  private String typed(String code) {
    codes.add(code);
    return code;
  }

  /** Six digits that are the code of no step the verifier accepts now. */
  private String wrongCode(Enrolment enrolment) {
    long step = ReferenceTotp.stepAt(clock.instant());
    List<String> accepted = new ArrayList<>();
    for (long s = step - 1; s <= step + 1; s++) {
      accepted.add(ReferenceTotp.code(enrolment.secret(), s));
    }
    for (int candidate = 314159; ; candidate++) {
      String code = String.format("%06d", candidate % 1_000_000);
      if (!accepted.contains(code)) {
        return code;
      }
    }
  }
}
