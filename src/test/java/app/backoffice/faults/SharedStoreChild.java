package app.backoffice.faults;

import app.backoffice.Services;
import app.backoffice.auth.AuthService;
import app.backoffice.auth.Outcomes.Locked;
import app.backoffice.auth.SignInResult;
import app.backoffice.auth.ThrottlePolicy;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * One of the two programs of the shared-store test. For the given number of seconds it visits its
 * own two accounts (see {@link Workload}), fails the password of an account both programs fail
 * against without ever locking it, and fails the password of one that locks after five failures for
 * an hour. At the end it writes its {@link Tally}: the audit records it caused and the errors it
 * met, which it counts and never lets stop it.
 *
 * <p>Arguments: data directory, name, seconds, tally file.
 */
public final class SharedStoreChild {

  /** Both programs fail against this account; its budget is never spent. */
  static final String COUNTED = "counted@example.com";

  /** Both programs fail against this account, which locks after five failures. */
  static final String LOCKING = "locking@example.com";

  static final ThrottlePolicy LOCKS_FOR_AN_HOUR =
      new ThrottlePolicy(5, Duration.ofHours(1), Duration.ofHours(1));

  private final Tally tally = new Tally();
  private final Random random = new Random();

  public static void main(String[] args) {
    Path dataDir = Path.of(args[0]);
    String name = args[1];
    Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
    SharedStoreChild child = new SharedStoreChild();
    try (Services counting =
            FaultServices.open(dataDir, Clock.systemUTC(), FaultServices.NEVER_LOCKS);
        Services locking = FaultServices.open(dataDir, Clock.systemUTC(), LOCKS_FOR_AN_HOUR)) {
      child.run(name, counting.auth(), locking.auth(), duration);
    }
    child.tally.write(Path.of(args[3]));
  }

  /** The accounts a program of this name visits alone. */
  static List<String> ownEmails(String name) {
    return List.of(name + "-1@example.com", name + "-2@example.com");
  }

  private void run(String name, AuthService counting, AuthService locking, Duration duration) {
    Workload workload = new Workload(counting, Clock.systemUTC(), new RealClock(), tally, random);
    List<Workload.Account> own =
        ownEmails(name).stream().map(email -> new Workload.Account(email, name)).toList();
    Instant end = Instant.now().plus(duration);
    while (Instant.now().isBefore(end)) {
      int choice = random.nextInt(10);
      try {
        if (choice < 2) {
          workload.failPassword(COUNTED);
        } else if (choice < 3) {
          failAgainstLock(locking);
        } else {
          workload.visit(own.get(random.nextInt(own.size())));
        }
      } catch (StoreException e) {
        tally.error(e.getClass().getSimpleName() + "-" + e.problem());
        System.err.println(e.getMessage());
      } catch (RuntimeException e) {
        tally.error(e.getClass().getSimpleName());
        System.err.println(e);
      }
    }
  }

  /** Every attempt leaves one failed sign-in, whether it was checked or refused by the lock. */
  private void failAgainstLock(AuthService locking) {
    SignInResult result = locking.signIn(LOCKING, Workload.WRONG_PASSWORD);
    if (result instanceof SignInResult.Rejected || result instanceof Locked) {
      tally.event(LOCKING, AuditEvent.SIGN_IN_FAILED);
    } else {
      tally.error("unexpected " + result.getClass().getSimpleName());
    }
  }

  /** The system clock: codes are whatever the app shows now; a lock is not expected. */
  private final class RealClock implements Workload.Pace {
    @Override
    public void nextStep() {
      // The real clock moves by itself; a code already spent in this step is refused as replayed.
    }

    @Override
    public void locked(Instant until) {
      tally.error("locked");
    }
  }
}
