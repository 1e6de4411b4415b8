package app.backoffice.faults;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.Services;
import app.backoffice.auth.UserAdministration;
import app.backoffice.faults.StoreInspector.Inspection;
import app.backoffice.faults.StoreInspector.Throttle;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.Role;
import app.backoffice.store.sqlite.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs share one store for thirty seconds ({@link SharedStoreChild}): they sign in, fail, enrol
 * and switch 2FA off, and both fail against the same two accounts. Neither may ever see the store
 * busy, every audit record either caused must be there (and no other), and the failures both
 * counted against one account must add up.
 */
class TwoProcessesOneStoreTest {

  private static final List<String> NAMES = List.of("ada", "bea");
  private static final int SECONDS = 30;

  @TempDir Path dataDir;
  @TempDir Path scratch;

  @Test
  @Tag("long")
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void twoProgramsLoseNothingAndNeverFindTheStoreBusy() throws Exception {
    long start = System.nanoTime();
    Tally expected = createAccounts();

    List<Tally> each = runChildren();
    Tally children = new Tally();
    each.forEach(children::add);
    Inspection inspection = StoreInspector.inspect(dataDir.resolve(SqliteStore.FILE_NAME));

    assertThat(children.errors()).as("errors the programs met").isEmpty();
    assertThat(each)
        .as("failures each program counted against the shared accounts")
        .allSatisfy(tally -> assertThat(failures(tally, SharedStoreChild.COUNTED)).isPositive())
        .allSatisfy(tally -> assertThat(failures(tally, SharedStoreChild.LOCKING)).isPositive());
    assertThat(inspection.problems()).isEmpty();
    expected.add(children);
    Map<String, Long> expectedCounts = new HashMap<>(expected.events());
    expectedCounts.put(Tally.key(SharedStoreChild.LOCKING, AuditEvent.ACCOUNT_LOCKED), 1L);
    assertThat(inspection.auditCounts()).isEqualTo(expectedCounts);
    assertThrottlingAddsUp(children, inspection.throttle());
    printFigures(each, inspection, Duration.ofNanos(System.nanoTime() - start));
  }

  /** The accounts, made before the programs start; the audit records this made. */
  private Tally createAccounts() {
    Tally made = new Tally();
    List<String> emails =
        new ArrayList<>(List.of(SharedStoreChild.COUNTED, SharedStoreChild.LOCKING));
    try (Services services =
        FaultServices.open(dataDir, Clock.systemUTC(), FaultServices.NEVER_LOCKS)) {
      UserAdministration administration = services.administration();
      for (String name : NAMES) {
        for (String email : SharedStoreChild.ownEmails(name)) {
          administration.addUser(email, Workload.password(name, 0), Role.STAFF);
          made.event(email, AuditEvent.USER_CREATED);
        }
      }
      for (String email : emails) {
        administration.addUser(email, Workload.password("shared", 0), Role.STAFF);
        made.event(email, AuditEvent.USER_CREATED);
      }
    }
    return made;
  }

  /** Runs both programs at once to their end; their tallies. */
  private List<Tally> runChildren() throws Exception {
    List<ChildJvm> children = new ArrayList<>();
    List<Path> tallies = new ArrayList<>();
    try {
      for (String name : NAMES) {
        Path tally = scratch.resolve(name + ".tally");
        tallies.add(tally);
        children.add(
            ChildJvm.start(
                SharedStoreChild.class,
                scratch,
                scratch.resolve(name + ".err"),
                dataDir.toString(),
                name,
                String.valueOf(SECONDS),
                tally.toString()));
      }
      for (int i = 0; i < children.size(); i++) {
        String errors = scratch.resolve(NAMES.get(i) + ".err").toString();
        assertThat(children.get(i).awaitExit(Duration.ofSeconds(SECONDS * 4L)))
            .as("exit status of %s; its errors are in %s", NAMES.get(i), errors)
            .isZero();
      }
    } finally {
      for (ChildJvm child : children) {
        child.close();
      }
    }
    return tallies.stream().map(Tally::read).toList();
  }

  private static void assertThrottlingAddsUp(Tally children, Map<String, Throttle> throttle) {
    long counted = failures(children, SharedStoreChild.COUNTED);
    assertThat(throttle.get(SharedStoreChild.COUNTED)).isEqualTo(new Throttle(counted, 0, false));
    assertThat(failures(children, SharedStoreChild.LOCKING))
        .as("attempts against the locking account")
        .isGreaterThan(SharedStoreChild.LOCKS_FOR_AN_HOUR.maxFailures());
    assertThat(throttle.get(SharedStoreChild.LOCKING)).isEqualTo(new Throttle(0, 1, true));
  }

  private static long failures(Tally tally, String email) {
    return tally.events().getOrDefault(Tally.key(email, AuditEvent.SIGN_IN_FAILED), 0L);
  }

  private void printFigures(List<Tally> each, Inspection inspection, Duration duration)
      throws Exception {
    Path wal = dataDir.resolve(SqliteStore.FILE_NAME + "-wal");
    for (int i = 0; i < each.size(); i++) {
      Tally tally = each.get(i);
      System.out.printf(
          "Two processes, one store: %s caused %d audit records in %d s, %d failures against the"
              + " shared account, %d against the locking one, %d errors%n",
          NAMES.get(i),
          tally.eventCount(),
          SECONDS,
          failures(tally, SharedStoreChild.COUNTED),
          failures(tally, SharedStoreChild.LOCKING),
          tally.errorCount());
    }
    System.out.printf(
        "Two processes, one store: %d audit rows found, every one accounted for; %d records"
            + " checked; store %d KiB, WAL left %d KiB; %d s in all%n",
        inspection.auditRows(),
        inspection.records(),
        Files.size(dataDir.resolve(SqliteStore.FILE_NAME)) / 1024,
        Files.exists(wal) ? Files.size(wal) / 1024 : 0,
        duration.toSeconds());
  }
}
