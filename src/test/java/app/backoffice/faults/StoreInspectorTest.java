package app.backoffice.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import app.backoffice.Services;
import app.backoffice.auth.AuthService;
import app.backoffice.auth.CodeResult;
import app.backoffice.auth.Enrolment;
import app.backoffice.auth.EnrolmentResult;
import app.backoffice.auth.MutableClock;
import app.backoffice.auth.Session;
import app.backoffice.auth.SignInResult;
import app.backoffice.auth.ThrottlePolicy;
import app.backoffice.faults.StoreInspector.Inspection;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.Role;
import app.backoffice.store.sqlite.SqliteStore;
import app.backoffice.totp.ReferenceTotp;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks the fault tests rely on find what they look for: a store the services wrote passes,
 * and each kind of damage, made by hand, is named.
 */
class StoreInspectorTest {

  private static final String EMAIL = "dora@example.com";
  private static final String PASSWORD = "Lantern-test-0-harbour";

  @TempDir Path dataDir;

  private Path file;

  /** Dora enrols in 2FA and signs in once with a recovery code. */
  @BeforeEach
  void writeAStore() {
    MutableClock clock = new MutableClock(Instant.parse("2025-06-02T08:00:10Z"));
    try (Services services = FaultServices.open(dataDir, clock, ThrottlePolicy.DEFAULT)) {
      AuthService auth = services.auth();
      services.administration().addUser(EMAIL, PASSWORD, Role.STAFF);
      Session session = ((SignInResult.SignedIn) auth.signIn(EMAIL, PASSWORD)).session();
      Enrolment enrolment = auth.accounts().beginEnrolment(session);
      String code = ReferenceTotp.codeAt(enrolment.secret(), clock.instant());
      EnrolmentResult.Enabled enabled =
          (EnrolmentResult.Enabled) auth.accounts().confirmEnrolment(session, enrolment, code);
      SignInResult.CodeRequired required = (SignInResult.CodeRequired) auth.signIn(EMAIL, PASSWORD);
      CodeResult result = auth.completeSignIn(required.pending(), enabled.recoveryCodes().get(0));
      assertThat(result).isInstanceOf(CodeResult.SignedIn.class);
    }
    file = dataDir.resolve(SqliteStore.FILE_NAME);
  }

  private void damage(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Test
  void storeAsTheServicesLeftItPasses() throws SQLException {
    Inspection inspection = StoreInspector.inspect(file);

    assertThat(inspection.problems()).isEmpty();
    assertThat(inspection.users()).isEqualTo(1);
    assertThat(inspection.recoveryCodes()).isEqualTo(10);
    assertThat(inspection.auditCounts())
        .containsEntry(Tally.key(EMAIL, AuditEvent.TWO_FACTOR_ENABLED), 1L)
        .containsEntry(Tally.key(EMAIL, AuditEvent.RECOVERY_CODE_USED), 1L);
  }

  static Stream<Arguments> damages() {
    String user = "user " + EMAIL;
    return Stream.of(
        arguments(
            "an enrolled account without its last step",
            "UPDATE users SET last_totp_step = NULL",
            user + " is half-enrolled"),
        arguments(
            "an incomplete set of recovery codes",
            "DELETE FROM recovery_codes WHERE id = (SELECT max(id) FROM recovery_codes)",
            user + " has 9 recovery codes, 2FA on"),
        arguments(
            "recovery codes used without an audit record",
            "UPDATE recovery_codes SET used_at = 1 WHERE used_at IS NULL",
            user + " has 10 used recovery codes, the audit log says otherwise"),
        arguments(
            "2FA on while the audit log says it was reset",
            "UPDATE audit_log SET event = 'TWO_FACTOR_RESET' WHERE event = 'TWO_FACTOR_ENABLED'",
            user + " has 2FA on, the audit log says otherwise"),
        arguments(
            "a password change the audit log does not know",
            "UPDATE users SET password_changed_at = password_changed_at + 1",
            user + " changed the password at another time than audited"),
        arguments(
            "a missing audit row",
            "DELETE FROM audit_log WHERE id = 2",
            "audit ids jump from 1 to 3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damages")
  void eachKindOfDamageIsNamed(String damage, String sql, String problem) throws SQLException {
    damage(sql);

    assertThat(StoreInspector.inspect(file).problems()).as(damage).contains(problem);
  }

  @Test
  void auditRowOfAnUnknownEventIsMalformed() throws SQLException {
    damage(
        "INSERT INTO audit_log (at, event, email, source, host, detail)"
            + " VALUES (1, 'SOMETHING', 'x@example.com', 'gui', 'h', '')");

    assertThat(StoreInspector.inspect(file).problems()).anyMatch(p -> p.endsWith("is malformed"));
  }

  @Test
  void auditRowOutOfTimeOrderIsCounted() throws SQLException {
    damage(
        "INSERT INTO audit_log (at, event, email, source, host, detail)"
            + " VALUES (1, 'SIGNED_OUT', 'x@example.com', 'gui', 'h', '')");

    assertThat(StoreInspector.inspect(file).backwardSteps()).isEqualTo(1);
  }
}
