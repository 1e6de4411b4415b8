package app.backoffice.bench;

import app.backoffice.auth.AuthService;
import app.backoffice.auth.AuthSettings;
import app.backoffice.auth.BcryptPasswordHasher;
import app.backoffice.auth.PasswordHasher;
import app.backoffice.auth.ServiceContext;
import app.backoffice.auth.SignInResult;
import app.backoffice.store.AuditSource;
import app.backoffice.store.NewUser;
import app.backoffice.store.Role;
import app.backoffice.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.logging.LogManager;

/**
 * Measures what a sign-in costs besides bcrypt, with 100,000 users in the store: the look-ups, the
 * throttle and the audit record. Prints medians and 99th percentiles.
 *
 * <p>Run with {@code mvn -B -Pbench verify}. bcrypt is replaced by a hasher that compares digests,
 * so that what is left is the rest of the sign-in; one run at the real cost shows the whole for
 * comparison.
 */
public final class SignInBenchmark {

  private static final int USERS = 100_000;
  private static final int WARM_UP = 3_000;
  private static final int MEASURED = 20_000;
  private static final String PASSWORD = "Harbour-Lantern-42";

  private SignInBenchmark() {}

  public static void main(String[] arguments) throws IOException {
    // Only the figures belong on the console.
    LogManager.getLogManager().reset();
    Path directory = Files.createTempDirectory("backoffice-bench");
    SecureRandom random = new SecureRandom();
    try {
      try (SqliteStore store = SqliteStore.open(directory, random)) {
        PasswordHasher digest = new DigestHasher();
        long started = System.nanoTime();
        populate(store, digest.hash(PASSWORD), USERS);
        System.out.printf(
            "Store: %,d users written in %.1f s (%s)%n",
            USERS, (System.nanoTime() - started) / 1e9, directory);

        ServiceContext context = new ServiceContext(AuditSource.GUI, "bench", random);
        AuthService service =
            new AuthService(store, digest, AuthSettings.DEFAULT, Clock.systemUTC(), context);
        Random pick = new Random(42);
        measure("right password", i -> service.signIn(email(pick.nextInt(USERS)), PASSWORD));
        measure("wrong password", i -> service.signIn(email(pick.nextInt(USERS)), "Wrong-" + i));
        measure("unknown email", i -> service.signIn("nobody" + i + "@example.com", PASSWORD));

        PasswordHasher bcrypt = new BcryptPasswordHasher(AuthSettings.DEFAULT_BCRYPT_COST, random);
        String hash = bcrypt.hash(PASSWORD);
        long check = System.nanoTime();
        for (int i = 0; i < 10; i++) {
          bcrypt.matches(PASSWORD, Optional.of(hash));
        }
        System.out.printf(
            "For scale: one bcrypt check at cost %d takes %.0f ms%n",
            AuthSettings.DEFAULT_BCRYPT_COST, (System.nanoTime() - check) / 10 / 1e6);
      }
      reopen(directory, random);
    } finally {
      deleteTree(directory);
    }
  }

  static void deleteTree(Path directory) throws IOException {
    try (var files = Files.walk(directory)) {
      files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
    }
  }

  /**
   * Opening checks the whole file (SQLite's quick_check) before anything else: time it with the
   * audit records the sign-ins above wrote, as a program starting on a busy kiosk's store would.
   */
  private static void reopen(Path directory, SecureRandom random) {
    long[] nanos = new long[5];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      SqliteStore.open(directory, random).close();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "Opening the store (%,d users, %.0f MB): median %.0f ms of %d%n",
        USERS,
        directory.resolve(SqliteStore.FILE_NAME).toFile().length() / 1e6,
        nanos[nanos.length / 2] / 1e6,
        nanos.length);
  }

  /** Adds users {@code user0@example.com} and on, all with the same password hash. */
  static void populate(SqliteStore store, String hash, int users) {
    Instant now = Instant.now();
    for (int start = 0; start < users; start += 10_000) {
      int first = start;
      int end = Math.min(users, first + 10_000);
      store.update(
          repositories -> {
            for (int i = first; i < end; i++) {
              repositories.users().insert(new NewUser(email(i), hash, Role.STAFF, now));
            }
          });
    }
  }

  private static void measure(String name, IntFunction<SignInResult> signIn) {
    for (int i = 0; i < WARM_UP; i++) {
      signIn.apply(i);
    }
    long[] nanos = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      signIn.apply(WARM_UP + i);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "Sign-in without bcrypt, %-15s median %.3f ms, p99 %.3f ms (%,d runs)%n",
        name + ":", nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 99 / 100] / 1e6, MEASURED);
  }

  static String email(int i) {
    return "user" + i + "@example.com";
  }

  /** Stands in for bcrypt: a SHA-256 comparison, so that only the rest of sign-in is timed. */
  private static final class DigestHasher implements PasswordHasher {
    @Override
    public String hash(String password) {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(digest);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public boolean matches(String password, Optional<String> hash) {
      String computed = hash(password);
      return hash.map(
              h ->
                  MessageDigest.isEqual(
                      h.getBytes(StandardCharsets.UTF_8),
                      computed.getBytes(StandardCharsets.UTF_8)))
          .orElse(false);
    }

    @Override
    public boolean needsRehash(String hash) {
      return false;
    }
  }
}
