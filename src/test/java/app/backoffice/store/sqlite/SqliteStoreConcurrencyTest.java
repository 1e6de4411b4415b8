package app.backoffice.store.sqlite;

import static app.backoffice.store.sqlite.SqliteFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.AuditEntry;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.AuditQuery;
import app.backoffice.store.AuditSource;
import app.backoffice.store.Repositories;
import app.backoffice.store.Store;
import app.backoffice.store.ThrottleState;
import app.backoffice.store.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stores on one directory stand for two programs sharing the file (the window and the command
 * line): they may start together on a new directory, and their writers wait for each other and lose
 * nothing. The counter is a throttle row read and written back in one unit of work.
 */
class SqliteStoreConcurrencyTest {

  private static final int STORES = 2;
  private static final int THREADS_PER_STORE = 4;
  private static final int WRITES_PER_THREAD = 100;
  private static final int WRITERS = STORES * THREADS_PER_STORE;
  private static final int OPENERS = 6;
  private static final int OPENING_ROUNDS = 30;
  private static final String COUNTER = "counter@example.com";

  private final SecureRandom random = new SecureRandom();
  private final List<SqliteStore> stores = new ArrayList<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

  @TempDir Path dataDir;

  @AfterEach
  void shutDown() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    stores.forEach(SqliteStore::close);
  }

  private SqliteStore openStore() {
    SqliteStore store = SqliteStore.open(dataDir, random);
    stores.add(store);
    return store;
  }

  private static AuditEntry entry(int writer, int n) {
    return new AuditEntry(
        NOW.plusMillis(n),
        AuditEvent.SIGN_IN_FAILED,
        "writer" + writer + "@example.com",
        OptionalLong.empty(),
        AuditSource.GUI,
        "host",
        "write " + n);
  }

  /** Runs every task at once, waits for all, and rethrows the first failure. */
  private void runTogether(List<Callable<Void>> tasks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Void>> futures = new ArrayList<>();
    for (Callable<Void> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    for (Future<Void> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
  }

  private static void incrementCounter(Store store) {
    store.update(SqliteStoreConcurrencyTest::incrementCounterIn);
  }

  @Test
  @Timeout(120)
  void twoStoresWritingFromManyThreadsLoseNothing() throws Exception {
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int s = 0; s < STORES; s++) {
      SqliteStore store = openStore();
      for (int t = 0; t < THREADS_PER_STORE; t++) {
        int writer = s * THREADS_PER_STORE + t;
        tasks.add(
            () -> {
              for (int n = 0; n < WRITES_PER_THREAD; n++) {
                AuditEntry entry = entry(writer, n);
                store.update(r -> r.audit().append(entry));
                incrementCounter(store);
              }
              return null;
            });
      }
    }

    runTogether(tasks);

    try (SqliteStore check = SqliteStore.open(dataDir, random)) {
      for (int writer = 0; writer < WRITERS; writer++) {
        AuditQuery query =
            new AuditQuery(Optional.of("writer" + writer + "@example.com"), Optional.empty(), 1000);
        List<AuditEntry> written = check.read(r -> r.audit().query(query));
        List<AuditEntry> expected = new ArrayList<>();
        for (int n = WRITES_PER_THREAD - 1; n >= 0; n--) {
          expected.add(entry(writer, n));
        }
        assertThat(written).as("entries of writer %d", writer).isEqualTo(expected);
      }
      Optional<ThrottleState> counter = check.read(r -> r.throttle().find(COUNTER));
      assertThat(counter.map(ThrottleState::failures)).contains(WRITERS * WRITES_PER_THREAD);
    }
  }

  @Test
  @Timeout(120)
  void readersSeeOnlyWholeWritesWhileOthersWrite() throws Exception {
    SqliteStore writerStore = openStore();
    SqliteStore readerStore = openStore();
    List<Callable<Void>> tasks = new ArrayList<>();
    tasks.add(
        () -> {
          for (int n = 0; n < WRITES_PER_THREAD; n++) {
            AuditEntry entry = entry(0, n);
            writerStore.update(
                r -> {
                  r.audit().append(entry);
                  incrementCounterIn(r);
                });
          }
          return null;
        });
    tasks.add(
        () -> {
          for (int n = 0; n < WRITES_PER_THREAD; n++) {
            readerStore.read(
                r -> {
                  int entries =
                      r.audit()
                          .query(new AuditQuery(Optional.empty(), Optional.empty(), 1000))
                          .size();
                  int counted = r.throttle().find(COUNTER).map(ThrottleState::failures).orElse(0);
                  assertThat(counted).as("counter beside %d entries", entries).isEqualTo(entries);
                  return null;
                });
          }
          return null;
        });

    runTogether(tasks);
  }

  @Test
  @Timeout(120)
  void storesOpeningANewDirectoryTogetherAllWorkWithOneKey() throws Exception {
    for (int round = 0; round < OPENING_ROUNDS; round++) {
      Path fresh = Files.createDirectory(dataDir.resolve("round-" + round));
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int writer = 0; writer < OPENERS; writer++) {
        String email = "writer" + writer + "@example.com";
        tasks.add(
            () -> {
              try (SqliteStore store = SqliteStore.open(fresh, random)) {
                SqliteFixtures.addUserWithTwoFactor(store, email);
              }
              return null;
            });
      }

      runTogether(tasks);

      try (SqliteStore check = SqliteStore.open(fresh, random)) {
        List<User> users = check.read(r -> r.users().list());
        assertThat(users).as("users in round %d", round).hasSize(OPENERS);
        assertThat(users)
            .allMatch(
                user ->
                    check
                        .read(r -> r.users().totpSecret(user.id()))
                        .equals(Optional.of(SqliteFixtures.SECRET)));
      }
    }
  }

  private static void incrementCounterIn(Repositories r) {
    ThrottleState current = r.throttle().find(COUNTER).orElse(ThrottleState.CLEAR);
    r.throttle().save(COUNTER, new ThrottleState(current.failures() + 1, 0, Optional.empty()));
  }
}
