package app.backoffice.faults;

import app.backoffice.Services;
import app.backoffice.auth.AccountException;
import app.backoffice.auth.MutableClock;
import app.backoffice.auth.ThrottlePolicy;
import app.backoffice.auth.UserAdministration;
import app.backoffice.auth.UserSummary;
import app.backoffice.store.AuditEntry;
import app.backoffice.store.Role;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The program the crash test kills: it takes over a few accounts and then visits them for ever (see
 * {@link Workload}), on a clock that moves to a fresh TOTP step whenever it needs a code and to a
 * lock's end when it meets one.
 *
 * <p>Arguments: the data directory and the run number, which names this run's passwords. Standard
 * output: {@code done EMAIL on|off GENERATION} for each account once taken over, then {@code
 * ready}, then {@code begin EMAIL} before and {@code done ...} after every visit, and {@code error
 * KIND} for anything unexpected. Passwords, codes and secrets are never printed.
 */
public final class CrashChild {

  static final List<String> EMAILS =
      List.of("ann@example.com", "bob@example.com", "cyd@example.com");

  private static final Instant START = Instant.parse("2025-06-02T08:00:10Z");
  private static final Duration STEP = Duration.ofSeconds(30);

  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  private final MutableClock clock = new MutableClock(START);
  private final String tag;

  private CrashChild(String tag) {
    this.tag = tag;
  }

  public static void main(String[] args) {
    new CrashChild(tag(Integer.parseInt(args[1]))).run(Path.of(args[0]));
  }

  /** The password tag of a run, from which the test works out the passwords it reports. */
  static String tag(int run) {
    return "r" + run;
  }

  private void run(Path dataDir) {
    Services services = FaultServices.open(dataDir, clock, ThrottlePolicy.DEFAULT);
    clock.set(startAfterNewestRecord(services.administration()));
    List<Workload.Account> accounts = new ArrayList<>();
    for (String email : EMAILS) {
      accounts.add(takeOver(services.administration(), email));
    }
    Workload workload =
        new Workload(services.auth(), clock, new MovingClock(), new Tally(), new Random());
    out.println(ChildJvm.READY);
    Random random = new Random();
    while (true) {
      Workload.Account account = accounts.get(random.nextInt(accounts.size()));
      out.println("begin " + account.email);
      try {
        workload.visit(account);
      } catch (RuntimeException e) {
        out.println("error " + e.getClass().getSimpleName());
      }
      report(account);
    }
  }

  /** A minute after the newest audit record, so that this run's clock never goes back. */
  private static Instant startAfterNewestRecord(UserAdministration administration) {
    return administration.audit(Optional.empty(), Optional.empty(), 1).stream()
        .map(AuditEntry::at)
        .map(at -> at.plus(Duration.ofMinutes(1)))
        .findFirst()
        .orElse(START);
  }

  /**
   * Creates the account, or gives it this run's first password and switches its 2FA off: what the
   * killed run knew of it died with it.
   */
  private Workload.Account takeOver(UserAdministration administration, String email) {
    Workload.Account account = new Workload.Account(email, tag);
    try {
      administration.addUser(email, account.password(), Role.STAFF);
    } catch (AccountException e) {
      administration.setPassword(email, account.password());
    }
    boolean enrolled =
        administration.listUsers().stream()
            .filter(user -> user.email().equals(email))
            .anyMatch(UserSummary::twoFactorEnabled);
    if (enrolled) {
      administration.resetTwoFactor(email);
    }
    report(account);
    return account;
  }

  private void report(Workload.Account account) {
    out.println(
        "done "
            + account.email
            + " "
            + (account.twoFactor() ? "on" : "off")
            + " "
            + account.generation);
  }

  /** A fresh step for every code, and a lock waited out by moving to its end. */
  private final class MovingClock implements Workload.Pace {
    @Override
    public void nextStep() {
      clock.advance(STEP);
    }

    @Override
    public void locked(Instant until) {
      if (until.isAfter(clock.instant())) {
        clock.set(until);
      }
    }
  }
}
