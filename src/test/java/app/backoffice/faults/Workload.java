package app.backoffice.faults;

import static app.backoffice.store.AuditEvent.PASSWORD_CHANGED;
import static app.backoffice.store.AuditEvent.RECOVERY_CODES_REGENERATED;
import static app.backoffice.store.AuditEvent.RECOVERY_CODE_USED;
import static app.backoffice.store.AuditEvent.SIGN_IN_FAILED;
import static app.backoffice.store.AuditEvent.SIGN_IN_SUCCEEDED;
import static app.backoffice.store.AuditEvent.TOTP_FAILED;
import static app.backoffice.store.AuditEvent.TOTP_REPLAY_REFUSED;
import static app.backoffice.store.AuditEvent.TOTP_SUCCEEDED;
import static app.backoffice.store.AuditEvent.TWO_FACTOR_DISABLED;
import static app.backoffice.store.AuditEvent.TWO_FACTOR_ENABLED;

import app.backoffice.auth.AuthService;
import app.backoffice.auth.CodeResult;
import app.backoffice.auth.DisableTwoFactorResult;
import app.backoffice.auth.Enrolment;
import app.backoffice.auth.EnrolmentResult;
import app.backoffice.auth.Outcomes.Locked;
import app.backoffice.auth.Outcomes.ReplayedCode;
import app.backoffice.auth.Outcomes.WrongCode;
import app.backoffice.auth.Outcomes.WrongPassword;
import app.backoffice.auth.PasswordChangeResult;
import app.backoffice.auth.PendingSignIn;
import app.backoffice.auth.RegenerateResult;
import app.backoffice.auth.Session;
import app.backoffice.auth.SignInResult;
import app.backoffice.store.AuditEvent;
import app.backoffice.totp.ReferenceTotp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Drives accounts through the public services as a busy person would: wrong passwords, sign-ins
 * with codes from the app or recovery codes, wrong codes, enrolling and switching 2FA off, new
 * recovery codes, password changes. Every answer is tallied as the audit records it must have left.
 *
 * <p>The tally assumes that no failure locks an account (see {@link FaultServices#NEVER_LOCKS}); a
 * lock is handed to the {@link Pace}, which may wait it out or count it as an error.
 */
final class Workload {

  static final String WRONG_PASSWORD = "wrong-harbour-42";

  /** How the workload's clock moves. */
  interface Pace {
    /** Called before a code is read off the app: a clock the test moves goes to a fresh step. */
    void nextStep();

    /** An answer said the account is locked until this instant. */
    void locked(Instant until);
  }

  /** What the person who owns an account knows of it. */
  static final class Account {
    final String email;
    final String tag;
    int generation;
    Optional<String> secret = Optional.empty();
    List<String> recoveryCodes = new ArrayList<>();

    Account(String email, String tag) {
      this.email = email;
      this.tag = tag;
    }

    String password() {
      return Workload.password(tag, generation);
    }

    boolean twoFactor() {
      return secret.isPresent();
    }

    void forgetTwoFactor() {
      secret = Optional.empty();
      recoveryCodes = new ArrayList<>();
    }
  }

  /** A code typed at a prompt, and whether it was a recovery code. */
  private record Code(String text, boolean recovery) {}

  private final AuthService auth;
  private final Clock clock;
  private final Pace pace;
  private final Tally tally;
  private final Random random;

  Workload(AuthService auth, Clock clock, Pace pace, Tally tally, Random random) {
    this.auth = auth;
    this.clock = clock;
    this.pace = pace;
    this.tally = tally;
    this.random = random;
  }

  /** The password of an account's given generation; each change moves to the next. */
  static String password(String tag, int generation) {
    return "Lantern-" + tag + "-" + generation + "-harbour";
  }

  /** One visit: perhaps a wrong password, then a sign-in, one change and a sign-out. */
  void visit(Account account) {
    if (random.nextInt(4) == 0) {
      failPassword(account.email);
    }
    signIn(account)
        .ifPresent(
            session -> {
              act(account, session);
              auth.signOut(session);
              tally.event(account.email, AuditEvent.SIGNED_OUT);
            });
  }

  /** A wrong password for an email: one failed sign-in, whoever owns the email. */
  void failPassword(String email) {
    SignInResult result = auth.signIn(email, WRONG_PASSWORD);
    if (result instanceof SignInResult.Rejected) {
      tally.event(email, SIGN_IN_FAILED);
    } else {
      refused(email, result);
    }
  }

  private Optional<Session> signIn(Account account) {
    SignInResult result = auth.signIn(account.email, account.password());
    if (result instanceof SignInResult.SignedIn signedIn) {
      tally.event(account.email, SIGN_IN_SUCCEEDED);
      return Optional.of(signedIn.session());
    }
    if (result instanceof SignInResult.CodeRequired required) {
      return secondFactor(account, required.pending());
    }
    refused(account.email, result);
    return Optional.empty();
  }

  private Optional<Session> secondFactor(Account account, PendingSignIn pending) {
    if (random.nextInt(5) == 0) {
      Code wrong = new Code(wrongCode(), false);
      CodeResult first = auth.completeSignIn(pending, wrong.text());
      if (!(first instanceof WrongCode)) {
        return signedIn(account, first, wrong);
      }
      tally.event(account.email, TOTP_FAILED);
    }
    Code code = code(account);
    return signedIn(account, auth.completeSignIn(pending, code.text()), code);
  }

  private Optional<Session> signedIn(Account account, CodeResult result, Code code) {
    if (result instanceof CodeResult.SignedIn signedIn) {
      tally.event(account.email, code.recovery() ? RECOVERY_CODE_USED : TOTP_SUCCEEDED);
      tally.event(account.email, SIGN_IN_SUCCEEDED);
      return Optional.of(signedIn.session());
    }
    refused(account.email, result);
    return Optional.empty();
  }

  private void act(Account account, Session session) {
    int choice = random.nextInt(5);
    if (!account.twoFactor()) {
      if (choice < 3) {
        enrol(account, session);
      } else {
        changePassword(account, session);
      }
    } else if (choice < 2) {
      disableTwoFactor(account, session);
    } else if (choice < 4) {
      regenerate(account, session);
    } else {
      changePassword(account, session);
    }
  }

  private void enrol(Account account, Session session) {
    Enrolment enrolment = auth.accounts().beginEnrolment(session);
    if (random.nextInt(5) == 0) {
      confirm(account, session, enrolment, wrongCode());
    }
    if (!account.twoFactor()) {
      confirm(account, session, enrolment, totp(enrolment.secret()));
    }
  }

  private void confirm(Account account, Session session, Enrolment enrolment, String code) {
    EnrolmentResult result = auth.accounts().confirmEnrolment(session, enrolment, code);
    if (result instanceof EnrolmentResult.Enabled enabled) {
      account.secret = Optional.of(enrolment.secret());
      account.recoveryCodes = new ArrayList<>(enabled.recoveryCodes());
      tally.event(account.email, TWO_FACTOR_ENABLED);
    } else {
      refused(account.email, result);
    }
  }

  private void disableTwoFactor(Account account, Session session) {
    boolean wrongPassword = random.nextInt(6) == 0;
    Code code = code(account);
    DisableTwoFactorResult result =
        auth.accounts()
            .disableTwoFactor(
                session, wrongPassword ? WRONG_PASSWORD : account.password(), code.text());
    if (result instanceof DisableTwoFactorResult.TwoFactorDisabled) {
      tally.event(account.email, code.recovery() ? RECOVERY_CODE_USED : TOTP_SUCCEEDED);
      tally.event(account.email, TWO_FACTOR_DISABLED);
      account.forgetTwoFactor();
    } else {
      refused(account.email, result);
    }
  }

  private void regenerate(Account account, Session session) {
    RegenerateResult result =
        auth.accounts().regenerateRecoveryCodes(session, totp(account.secret.orElseThrow()));
    if (result instanceof RegenerateResult.Regenerated regenerated) {
      tally.event(account.email, TOTP_SUCCEEDED);
      tally.event(account.email, RECOVERY_CODES_REGENERATED);
      account.recoveryCodes = new ArrayList<>(regenerated.recoveryCodes());
    } else {
      refused(account.email, result);
    }
  }

  private void changePassword(Account account, Session session) {
    boolean wrong = random.nextInt(5) == 0;
    String next = password(account.tag, account.generation + 1);
    PasswordChangeResult result =
        auth.accounts().changePassword(session, wrong ? WRONG_PASSWORD : account.password(), next);
    if (result instanceof PasswordChangeResult.Changed) {
      tally.event(account.email, PASSWORD_CHANGED);
      account.generation++;
    } else {
      refused(account.email, result);
    }
  }

  /** Tallies an answer that changed nothing, or counts it as an error when none was expected. */
  private void refused(String email, Object result) {
    if (result instanceof WrongCode) {
      tally.event(email, TOTP_FAILED);
    } else if (result instanceof ReplayedCode) {
      tally.event(email, TOTP_REPLAY_REFUSED);
    } else if (result instanceof WrongPassword) {
      tally.event(email, SIGN_IN_FAILED);
    } else if (result instanceof Locked locked) {
      pace.locked(locked.until());
    } else {
      tally.error("unexpected " + result.getClass().getSimpleName());
    }
  }

  /** A recovery code or the app's code, half and half while recovery codes are left. */
  private Code code(Account account) {
    if (!account.recoveryCodes.isEmpty() && random.nextBoolean()) {
      return new Code(account.recoveryCodes.remove(0), true);
    }
    return new Code(totp(account.secret.orElseThrow()), false);
  }

  private String totp(String secret) {
    pace.nextStep();
    return ReferenceTotp.codeAt(secret, clock.instant());
  }

  /** Six digits at random: almost always wrong, and counted for what they turn out to be. */
  private String wrongCode() {
    return String.format("%06d", random.nextInt(1_000_000));
  }
}
