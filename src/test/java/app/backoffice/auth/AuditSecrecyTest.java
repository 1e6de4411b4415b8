package app.backoffice.auth;

import static app.backoffice.auth.AuthFixture.EMAIL;
import static app.backoffice.auth.AuthFixture.PASSWORD;
import static app.backoffice.auth.AuthFixture.STEP;
import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.auth.AuthFixture.Enrolled;
import app.backoffice.store.AuditEntry;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.AuditSource;
import app.backoffice.store.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Runs every kind of operation, then reads the whole audit log looking for anything secret. */
class AuditSecrecyTest extends FixtureTest {

  private static final String ADMIN_PASSWORD = "granite-orchard-93";
  private static final String WRONG_PASSWORD = "copper-meadow-58";
  private static final String NEW_PASSWORD = "amber-lighthouse-17";

  private final List<String> secrets = new ArrayList<>();

  @Test
  void auditLogHoldsNoPasswordCodeOrSecret() {
    auth.createFirstAdministrator("root@example.com", ADMIN_PASSWORD);
    fixture.admin().addUser(EMAIL, PASSWORD, Role.STAFF);
    secrets.addAll(List.of(ADMIN_PASSWORD, PASSWORD, WRONG_PASSWORD, NEW_PASSWORD));

    Session session = fixture.signIn(EMAIL, PASSWORD);
    Enrolment enrolment = auth.accounts().beginEnrolment(session);
    secrets.add(enrolment.secret());
    auth.accounts()
        .confirmEnrolment(session, enrolment, code(fixture.wrongCode(enrolment.secret())));
    Enrolled enrolled = fixture.enrol(session);
    secrets.add(enrolled.secret());
    secrets.add(enrolled.enrolmentCode());
    enrolled.recoveryCodes().forEach(this::recoveryCode);

    fixture.clock.advance(STEP);
    auth.signIn(EMAIL, WRONG_PASSWORD);
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    auth.completeSignIn(pending, code(fixture.wrongCode(enrolled.secret())));
    String current = code(fixture.currentCode(enrolled.secret()));
    auth.completeSignIn(pending, current);
    auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), current);
    auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), enrolled.recoveryCodes().get(0));

    fixture.clock.advance(STEP);
    RegenerateResult regenerated =
        auth.accounts()
            .regenerateRecoveryCodes(session, code(fixture.currentCode(enrolled.secret())));
    ((RegenerateResult.Regenerated) regenerated).recoveryCodes().forEach(this::recoveryCode);
    assertThat(auth.accounts().changePassword(session, WRONG_PASSWORD, NEW_PASSWORD))
        .isEqualTo(new Outcomes.WrongPassword());
    auth.accounts().changePassword(session, PASSWORD, NEW_PASSWORD);
    fixture.clock.advance(STEP);
    auth.accounts()
        .disableTwoFactor(session, NEW_PASSWORD, code(fixture.currentCode(enrolled.secret())));

    for (int i = 0; i < 6; i++) {
      auth.signIn(EMAIL, WRONG_PASSWORD);
    }
    fixture.admin().unlock(EMAIL);
    fixture.admin().setPassword(EMAIL, PASSWORD);
    fixture.clock.advance(Duration.ofMinutes(1));
    fixture.signIn(EMAIL, PASSWORD);

    List<AuditEntry> trail = fixture.auditTrail();
    assertThat(trail)
        .extracting(AuditEntry::event)
        .contains(
            AuditEvent.TOTP_FAILED,
            AuditEvent.TOTP_REPLAY_REFUSED,
            AuditEvent.RECOVERY_CODE_USED,
            AuditEvent.RECOVERY_CODES_REGENERATED,
            AuditEvent.TWO_FACTOR_DISABLED,
            AuditEvent.ACCOUNT_LOCKED,
            AuditEvent.PASSWORD_CHANGED);
    assertThat(trail).extracting(AuditEntry::source).contains(AuditSource.GUI, AuditSource.CLI);
    for (AuditEntry entry : trail) {
      String text = (entry.email() + " " + entry.detail()).toLowerCase(Locale.ROOT);
      for (String secret : secrets) {
        // The message names the event, never the secret itself.
        assertThat(text.contains(secret.toLowerCase(Locale.ROOT)))
            .as("%s record holds a secret", entry.event())
            .isFalse();
      }
    }
  }

  @Test
  void passwordTypedIntoTheEmailFieldStaysOutOfTheAuditLog() {
    fixture.admin().addUser(EMAIL, PASSWORD, Role.STAFF);

    assertThat(auth.signIn(PASSWORD, PASSWORD)).isInstanceOf(SignInResult.Rejected.class);

    assertThat(fixture.auditTrail())
        .filteredOn(entry -> entry.event() == AuditEvent.SIGN_IN_FAILED)
        .singleElement()
        .extracting(AuditEntry::email)
        .isEqualTo(AuthService.NOT_AN_EMAIL);
  }

  private String code(String code) {
    secrets.add(code);
    return code;
  }

  private void recoveryCode(String code) {
    secrets.add(code);
    secrets.add(code.replace("-", ""));
  }
}
