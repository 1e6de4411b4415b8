package app.backoffice.bench;

import app.backoffice.auth.AuthService;
import app.backoffice.auth.AuthSettings;
import app.backoffice.auth.BcryptPasswordHasher;
import app.backoffice.auth.ServiceContext;
import app.backoffice.auth.SignInResult;
import app.backoffice.store.AuditSource;
import app.backoffice.store.sqlite.SqliteStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
      Timings timings = measure(unknown, wrong);

      System.out.printf(
          "Sign-in timing at bcrypt cost %d, %d interleaved attempts each:%n", cost, ATTEMPTS);
      report("wall time", timings.wall());
      // Other programs on a busy machine stretch wall time at random; the thread's own processor
      // time shows whether a difference is in the work done.
      report("processor time", timings.cpu());
    } finally {
      SignInBenchmark.deleteTree(directory);
    }
  }

  /** Wall and processor nanoseconds per attempt: [0] for the first kind, [1] for the second. */
  private record Timings(long[][] wall, long[][] cpu) {}

  /** Runs both kinds of attempt in turn, the first of each pair alternating, and times each. */
  private static Timings measure(
      IntFunction<SignInResult> first, IntFunction<SignInResult> second) {
    for (int i = 0; i < WARM_UP; i++) {
      expectRejected(first.apply(i));
      expectRejected(second.apply(i));
    }
    Timings timings = new Timings(new long[2][ATTEMPTS], new long[2][ATTEMPTS]);
    for (int n = 0; n < ATTEMPTS; n++) {
      int i = WARM_UP + n;
      int firstKind = n % 2;
      time(firstKind == 0 ? first : second, i, timings, firstKind, n);
      time(firstKind == 0 ? second : first, i, timings, 1 - firstKind, n);
    }
    return timings;
  }

  private static void time(
      IntFunction<SignInResult> attempt, int i, Timings timings, int kind, int n) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    SignInResult result = attempt.apply(i);
    timings.wall()[kind][n] = System.nanoTime() - start;
    timings.cpu()[kind][n] = threads.getCurrentThreadCpuTime() - cpu;
    expectRejected(result);
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

  /**
   * Prints both medians and their ratio, and the median difference within a pair: the two attempts
   * of a pair run back to back, so that difference shrugs off the machine's ups and downs.
   */
  private static void report(String what, long[][] nanos) {
    double unknown = median(nanos[0]);
    double wrong = median(nanos[1]);
    double ratio = unknown / wrong;
    long[] differences = new long[ATTEMPTS];
    for (int n = 0; n < ATTEMPTS; n++) {
      differences[n] = nanos[0][n] - nanos[1][n];
    }
    System.out.printf(
        "  %s: unknown email median %.1f ms, wrong password median %.1f ms,"
            + " ratio %.3f (%+.1f%%): %s the %.0f%% goal; within a pair the unknown email"
            + " takes %+.1f ms (median)%n",
        what,
        unknown / 1e6,
        wrong / 1e6,
        ratio,
        (ratio - 1) * 100,
        Math.abs(ratio - 1) <= GOAL ? "within" : "OUTSIDE",
        GOAL * 100,
        median(differences) / 1e6);
  }
}
