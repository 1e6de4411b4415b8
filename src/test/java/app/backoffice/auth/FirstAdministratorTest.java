package app.backoffice.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.backoffice.auth.AccountException.Reason;
import app.backoffice.store.AuditEntry;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.Role;
import org.junit.jupiter.api.Test;

class FirstAdministratorTest extends FixtureTest {

  private static final String ADMIN = "root@example.com";
  private static final String PASSWORD = AuthFixture.PASSWORD;

  @Test
  void emptyStoreNeedsAFirstAdministrator() {
    assertThat(auth.needsFirstAdministrator()).isTrue();
  }

  @Test
  void firstAdministratorIsCreatedAndCanSignIn() {
    auth.createFirstAdministrator(" Root@Example.com ", PASSWORD);

    assertThat(auth.needsFirstAdministrator()).isFalse();
    Session session = fixture.signIn(ADMIN, PASSWORD);
    assertThat(session.role()).isEqualTo(Role.ADMIN);
    AuditEntry created = fixture.auditTrail().get(1);
    assertThat(created.event()).isEqualTo(AuditEvent.USER_CREATED);
    assertThat(created.email()).isEqualTo(ADMIN);
  }

  @Test
  void secondFirstAdministratorIsRefused() {
    auth.createFirstAdministrator(ADMIN, PASSWORD);

    assertThat(refusal(() -> auth.createFirstAdministrator("other@example.com", PASSWORD)))
        .isEqualTo(Reason.ALREADY_SET_UP);
    assertThat(fixture.admin().listUsers()).hasSize(1);
  }

  @Test
  void storeWithAnyUserIsAlreadySetUp() {
    fixture.addAlice();

    assertThat(auth.needsFirstAdministrator()).isFalse();
    assertThat(refusal(() -> auth.createFirstAdministrator(ADMIN, PASSWORD)))
        .isEqualTo(Reason.ALREADY_SET_UP);
  }

  @Test
  void invalidEmailOrWeakPasswordLeavesTheStoreEmpty() {
    assertThat(refusal(() -> auth.createFirstAdministrator("root", PASSWORD)))
        .isEqualTo(Reason.INVALID_EMAIL);
    assertThat(refusal(() -> auth.createFirstAdministrator(ADMIN, "password1")))
        .isEqualTo(Reason.WEAK_PASSWORD);
    assertThat(auth.needsFirstAdministrator()).isTrue();
  }

  private static Reason refusal(Runnable call) {
    AccountException refused = catchThrowableOfType(AccountException.class, call::run);
    assertThat(refused).as("refused with an AccountException").isNotNull();
    return refused.reason();
  }
}
