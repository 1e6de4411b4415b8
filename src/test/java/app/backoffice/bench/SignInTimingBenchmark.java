package app.backoffice.bench;

import app.backoffice.auth.AuthService;
import app.backoffice.auth.AuthSettings;
import app.backoffice.auth.BcryptPasswordHasher;
import app.backoffice.auth.ServiceContext;
import app.backoffice.auth.SignInResult;
import app.backoffice.store.AuditSource;
import app.backoffice.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.logging.LogManager;

/**
 * Compares the time of a sign-in with an unknown email and with a known email and a wrong password,
 * at the real bcrypt cost: were they to differ, the time would tell which emails have an account.
 * Prints both medians and their ratio; the goal is a ratio within 10% of 1.
 *
 * <p>The attempts alternate, so that a machine that slows down slows both alike, and each goes to
 * an email of its own, so that no lock cuts one short.
 */
public final class SignInTimingBenchmark {

  private static final int ATTEMPTS = 200;
  private static final int WARM_UP = 10;
  private static final double GOAL = 0.10;
  private static final String PASSWORD = "Harbour-Lantern-42";

  private SignInTimingBenchmark() {}

  public static void main(String[] arguments) throws IOException {
    // Only the figures belong on the console.
    LogManager.getLogManager().reset();
    Path directory = Files.createTempDirectory("backoffice-timing");
    SecureRandom random = new SecureRandom();
    try (SqliteStore store = SqliteStore.open(directory, random)) {
      int cost = AuthSettings.DEFAULT.bcryptCost();
      BcryptPasswordHasher bcrypt = new BcryptPasswordHasher(cost, random);
      SignInBenchmark.populate(store, bcrypt.hash(PASSWORD), WARM_UP + ATTEMPTS);
      AuthService service =
          new AuthService(
              store,
              bcrypt,
              AuthSettings.DEFAULT,
              Clock.systemUTC(),
              new ServiceContext(AuditSource.GUI, "bench", random));

      IntFunction<SignInResult> unknown =
          i -> service.signIn("nobody" + i + "@example.com", PASSWORD);
      IntFunction<SignInResult> wrong =
          i -> service.signIn(SignInBenchmark.email(i), "Wrong-" + PASSWORD);
      long[][] nanos = measure(unknown, wrong);

      report(cost, median(nanos[0]), median(nanos[1]));
    } finally {
      SignInBenchmark.deleteTree(directory);
    }
  }

  /** Runs both kinds of attempt in turn, the first of each pair alternating, and times each. */
  private static long[][] measure(
      IntFunction<SignInResult> first, IntFunction<SignInResult> second) {
    for (int i = 0; i < WARM_UP; i++) {
      expectRejected(first.apply(i));
      expectRejected(second.apply(i));
    }
    long[][] nanos = new long[2][ATTEMPTS];
    for (int n = 0; n < ATTEMPTS; n++) {
      int i = WARM_UP + n;
      boolean firstFirst = n % 2 == 0;
      nanos[firstFirst ? 0 : 1][n] = time(firstFirst ? first : second, i);
      nanos[firstFirst ? 1 : 0][n] = time(firstFirst ? second : first, i);
    }
    return nanos;
  }

  private static long time(IntFunction<SignInResult> attempt, int i) {
    long start = System.nanoTime();
    SignInResult result = attempt.apply(i);
    long elapsed = System.nanoTime() - start;
    expectRejected(result);
    return elapsed;
  }

  /** A lock or any other answer would time another path than the one meant. */
  private static void expectRejected(SignInResult result) {
    if (!(result instanceof SignInResult.Rejected)) {
      throw new IllegalStateException("expected a rejected sign-in, got " + result);
    }
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }

  private static void report(int cost, double unknown, double wrong) {
    double ratio = unknown / wrong;
    System.out.printf(
        "Sign-in timing at bcrypt cost %d, %d interleaved attempts each:%n"
            + "  unknown email:  median %.1f ms%n"
            + "  wrong password: median %.1f ms%n"
            + "  ratio unknown/wrong %.3f (%+.1f%%): %s the %.0f%% goal%n",
        cost,
        ATTEMPTS,
        unknown / 1e6,
        wrong / 1e6,
        ratio,
        (ratio - 1) * 100,
        Math.abs(ratio - 1) <= GOAL ? "within" : "OUTSIDE",
        GOAL * 100);
  }
}
