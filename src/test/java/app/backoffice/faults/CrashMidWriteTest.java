package app.backoffice.faults;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.auth.BcryptPasswordHasher;
import app.backoffice.faults.StoreInspector.Inspection;
import app.backoffice.faults.StoreInspector.StoredAccount;
import app.backoffice.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second JVM enrols accounts in 2FA, switches it off, changes passwords, fails sign-ins and uses
 * recovery codes without pause ({@link CrashChild}); the test kills it with SIGKILL at a random
 * moment, again and again. After every kill the store must be whole and agree with itself and its
 * audit log ({@link StoreInspector}), open as the application opens it, and hold every change the
 * child reported done before it died.
 */
class CrashMidWriteTest {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  @TempDir Path dataDir;
  @TempDir Path scratch;

  private final Random random = new Random();
  private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4, new SecureRandom());

  @Test
  @Tag("long")
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  void storeSurvivesFiftyKillsMidWrite() throws Exception {
    killRepeatedly(50, 1_500);
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void storeSurvivesAFewKillsMidWrite() throws Exception {
    killRepeatedly(3, 400);
  }

  private void killRepeatedly(int kills, int longestDelayMillis) throws Exception {
    Figures figures = new Figures(System.nanoTime());
    for (int run = 1; run <= kills; run++) {
      Reports reports = runAndKill(run, longestDelayMillis);
      Inspection inspection = StoreInspector.inspect(dataDir.resolve(SqliteStore.FILE_NAME));

      assertThat(inspection.problems()).as("problems after kill %d", run).isEmpty();
      assertThat(inspection.backwardSteps()).as("audit out of order after kill %d", run).isZero();
      assertThat(reports.errors).as("errors the child met before kill %d", run).isZero();
      assertReportedChangesKept(run, reports, inspection.accounts());
      SqliteStore.open(dataDir, new SecureRandom()).close();
      figures.add(reports, inspection);
    }
    figures.print(kills);
  }

  /** Starts a child, lets it work for a random moment once it is ready, and kills it. */
  private Reports runAndKill(int run, int longestDelayMillis) throws Exception {
    Path stderr = scratch.resolve("child.err");
    try (ChildJvm child =
        ChildJvm.start(
            CrashChild.class, scratch, stderr, dataDir.toString(), String.valueOf(run))) {
      boolean ready = child.awaitReady(START_TIMEOUT);
      assertThat(ready).as("child %d ready; its errors: %s", run, errors(stderr)).isTrue();
      // Not a wait for something: the random moment of the kill is the point of the test.
      Thread.sleep(random.nextInt(longestDelayMillis + 1));
      child.kill();
      return Reports.of(child.lines());
    }
  }

  private static String errors(Path stderr) throws IOException {
    return Files.exists(stderr) ? Files.readString(stderr) : "";
  }

  /**
   * Every account is as the child last reported it, but the one it was visiting when it died: that
   * visit may or may not have reached the store.
   */
  private void assertReportedChangesKept(
      int run, Reports reports, Map<String, StoredAccount> stored) {
    reports.last.forEach(
        (email, reported) -> {
          if (reports.inFlight.equals(Optional.of(email))) {
            return;
          }
          StoredAccount account = stored.get(email);
          String password = Workload.password(CrashChild.tag(run), reported.generation());
          assertThat(account.twoFactor())
              .as("2FA of %s after kill %d", email, run)
              .isEqualTo(reported.twoFactor());
          assertThat(hasher.matches(password, Optional.of(account.passwordHash())))
              .as("password generation %d of %s after kill %d", reported.generation(), email, run)
              .isTrue();
        });
  }

  /** What an account was reported to be after a visit. */
  private record Reported(boolean twoFactor, int generation) {}

  /** What a killed child printed: each account's last reported state and what it was doing. */
  private static final class Reports {
    final Map<String, Reported> last = new HashMap<>();
    Optional<String> inFlight = Optional.empty();
    long visits;
    long errors;
    boolean ready;

    static Reports of(List<String> lines) {
      Reports reports = new Reports();
      for (String line : lines) {
        String[] words = line.split(" ");
        switch (words[0]) {
          case ChildJvm.READY -> reports.ready = true;
          case "begin" -> reports.inFlight = Optional.of(words.length > 1 ? words[1] : "");
          case "done" -> {
            if (words.length == 4) {
              reports.last.put(
                  words[1], new Reported(words[2].equals("on"), Integer.parseInt(words[3])));
              reports.inFlight = Optional.empty();
              reports.visits += reports.ready ? 1 : 0;
            }
          }
          case "error" -> reports.errors++;
          default -> {}
        }
      }
      return reports;
    }
  }

  /** The figures the test prints. */
  private static final class Figures {
    final long startNanos;
    long visits;
    long killedMidVisit;
    long recordsChecked;
    long auditRowsChecked;
    long errors;
    Inspection last;

    Figures(long startNanos) {
      this.startNanos = startNanos;
    }

    void add(Reports reports, Inspection inspection) {
      visits += reports.visits;
      killedMidVisit += reports.inFlight.isPresent() ? 1 : 0;
      recordsChecked += inspection.records();
      auditRowsChecked += inspection.auditRows();
      errors += reports.errors;
      last = inspection;
    }

    void print(int kills) {
      System.out.printf(
          "Crash mid-write: %d kills survived (%d during a visit), %d visits, %d errors;"
              + " %d records checked in all (%d audit rows), store at the end: %d users,"
              + " %d recovery codes, %d audit rows; %d s%n",
          kills,
          killedMidVisit,
          visits,
          errors,
          recordsChecked,
          auditRowsChecked,
          last.users(),
          last.recoveryCodes(),
          last.auditRows(),
          Duration.ofNanos(System.nanoTime() - startNanos).toSeconds());
    }
  }
}
