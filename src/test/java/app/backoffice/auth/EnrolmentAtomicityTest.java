package app.backoffice.auth;

import static app.backoffice.auth.AuthFixture.EMAIL;
import static app.backoffice.auth.AuthFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.backoffice.store.AuditEntry;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.AuditRepository;
import app.backoffice.store.HashedRecoveryCode;
import app.backoffice.store.RecoveryCodeRepository;
import app.backoffice.store.Repositories;
import app.backoffice.store.Store;
import app.backoffice.store.StoredRecoveryCode;
import app.backoffice.store.ThrottleRepository;
import app.backoffice.store.UserRepository;
import app.backoffice.totp.ReferenceTotp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failure halfway through switching 2FA on leaves the account exactly as it was. */
class EnrolmentAtomicityTest extends FixtureTest {

  @Test
  void failureWhileStoringRecoveryCodesLeavesTwoFactorOff() {
    fixture.addAlice();
    AuthService failing =
        fixture.newAuthService(new RecoveryCodesFailStore(fixture.store()), fixture.hasher);
    Session session = ((SignInResult.SignedIn) failing.signIn(EMAIL, PASSWORD)).session();
    Enrolment enrolment = failing.accounts().beginEnrolment(session);
    String code = ReferenceTotp.codeAt(enrolment.secret(), fixture.clock.instant());

    assertThatThrownBy(() -> failing.accounts().confirmEnrolment(session, enrolment, code))
        .hasMessage("the disk went away");

    assertThat(fixture.storedUser(EMAIL).twoFactorEnabled()).isFalse();
    assertThat(fixture.storedUser(EMAIL).lastTotpStep()).isEmpty();
    assertThat(fixture.storedSecret(EMAIL)).isEmpty();
    assertThat(fixture.auditTrail())
        .extracting(AuditEntry::event)
        .doesNotContain(AuditEvent.TWO_FACTOR_ENABLED);
    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  /** A store whose recovery codes cannot be written, as if the disk failed at that moment. */
  private static final class RecoveryCodesFailStore implements Store {
    private final Store store;

    RecoveryCodesFailStore(Store store) {
      this.store = store;
    }

    @Override
    public <T> T read(Work<T> work) {
      return store.read(work);
    }

    @Override
    public <T> T write(Work<T> work) {
      return store.write(repositories -> work.run(new Failing(repositories)));
    }

    @Override
    public void close() {
      store.close();
    }
  }

  private record Failing(Repositories delegate) implements Repositories {
    @Override
    public UserRepository users() {
      return delegate.users();
    }

    @Override
    public RecoveryCodeRepository recoveryCodes() {
      RecoveryCodeRepository codes = delegate.recoveryCodes();
      return new RecoveryCodeRepository() {
        @Override
        public void replaceAll(long userId, List<HashedRecoveryCode> replacement) {
          throw new IllegalStateException("the disk went away");
        }

        @Override
        public List<StoredRecoveryCode> unused(long userId) {
          return codes.unused(userId);
        }

        @Override
        public int countUnused(long userId) {
          return codes.countUnused(userId);
        }

        @Override
        public boolean markUsed(long codeId, Instant usedAt) {
          return codes.markUsed(codeId, usedAt);
        }

        @Override
        public void deleteAll(long userId) {
          codes.deleteAll(userId);
        }
      };
    }

    @Override
    public ThrottleRepository throttle() {
      return delegate.throttle();
    }

    @Override
    public AuditRepository audit() {
      return delegate.audit();
    }
  }
}
