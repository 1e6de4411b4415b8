package app.backoffice.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.AuditEntry;
import app.backoffice.store.AuditSource;
import app.backoffice.store.Role;
import app.backoffice.store.Store;
import app.backoffice.store.User;
import app.backoffice.store.sqlite.SqliteStore;
import app.backoffice.totp.ReferenceTotp;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A real SQLite store in a temporary folder, the services over it, and a clock the test moves. The
 * auth service writes audit records as the GUI, the administration as the CLI.
 */
final class AuthFixture implements AutoCloseable {

  /** Ten seconds into a TOTP step, so that a step boundary is never near by accident. */
  static final Instant START = Instant.parse("2025-03-03T09:00:10Z");

  static final Duration STEP = Duration.ofSeconds(30);
  static final String HOST = "test-host";
  static final String EMAIL = "alice@example.com";
  static final String PASSWORD = "violet-harbour-42";

  final MutableClock clock = new MutableClock(START);
  final SecureRandom random = new SecureRandom();

  /** Sees every password the fixture's hasher gives bcrypt. */
  final BcryptWatch bcrypt = new BcryptWatch();

  final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4, random, bcrypt);
  final AuthSettings settings = AuthSettings.DEFAULT;

  private final Path directory;
  private SqliteStore store;
  private AuthService auth;
  private UserAdministration admin;

  AuthFixture(Path directory) {
    this.directory = directory;
    open();
  }

  /** Closes the store and opens it again with new services, as a restarted program would. */
  void restart() {
    store.close();
    open();
  }

  private void open() {
    store = SqliteStore.open(directory, random);
    auth = newAuthService(hasher);
    admin =
        new UserAdministration(
            store, hasher, clock, new ServiceContext(AuditSource.CLI, HOST, new SecureRandom()));
  }

  /** Another auth service on the same store, as a second program would have. */
  AuthService newAuthService(PasswordHasher passwordHasher) {
    return newAuthService(store, passwordHasher);
  }

  /** An auth service with this fixture's settings and clock on a given store, such as a wrapper. */
  AuthService newAuthService(Store on, PasswordHasher passwordHasher) {
    return new AuthService(
        on,
        passwordHasher,
        settings,
        clock,
        new ServiceContext(AuditSource.GUI, HOST, new SecureRandom()));
  }

  AuthService auth() {
    return auth;
  }

  UserAdministration admin() {
    return admin;
  }

  Store store() {
    return store;
  }

  @Override
  public void close() {
    store.close();
  }

  // ---- steps that many tests share ---------------------------------------------------------

  void addAlice() {
    admin.addUser(EMAIL, PASSWORD, Role.STAFF);
  }

  Session signIn(String email, String password) {
    return expect(SignInResult.SignedIn.class, auth.signIn(email, password)).session();
  }

  PendingSignIn signInForCode(String email, String password) {
    return expect(SignInResult.CodeRequired.class, auth.signIn(email, password)).pending();
  }

  /** Enrols a signed-in user at the clock's current step. */
  Enrolled enrol(Session session) {
    Enrolment enrolment = auth.accounts().beginEnrolment(session);
    String code = ReferenceTotp.codeAt(enrolment.secret(), clock.instant());
    EnrolmentResult.Enabled enabled =
        expect(
            EnrolmentResult.Enabled.class,
            auth.accounts().confirmEnrolment(session, enrolment, code));
    return new Enrolled(enrolment.secret(), enabled.recoveryCodes(), code);
  }

  /** Adds Alice and enrols her in 2FA; the clock is left where the enrolment happened. */
  Enrolled addAliceWithTwoFactor() {
    addAlice();
    return enrol(signIn(EMAIL, PASSWORD));
  }

  String currentCode(String secret) {
    return ReferenceTotp.codeAt(secret, clock.instant());
  }

  String codeStepsAway(String secret, int steps) {
    return ReferenceTotp.code(secret, currentStep() + steps);
  }

  /** Six digits that are the code of none of the steps the verifier accepts now. */
  String wrongCode(String secret) {
    Set<String> accepted =
        Set.of(codeStepsAway(secret, -1), codeStepsAway(secret, 0), codeStepsAway(secret, 1));
    for (int candidate = 0; ; candidate++) {
      String code = String.format("%06d", candidate);
      if (!accepted.contains(code)) {
        return code;
      }
    }
  }

  long currentStep() {
    return ReferenceTotp.stepAt(clock.instant());
  }

  User storedUser(String email) {
    return store.read(repositories -> repositories.users().findByEmail(email)).orElseThrow();
  }

  /** The user's TOTP secret as the store holds it, decrypted. */
  Optional<String> storedSecret(String email) {
    long id = storedUser(email).id();
    return store.read(repositories -> repositories.users().totpSecret(id));
  }

  /** Every audit record, newest first. */
  List<AuditEntry> auditTrail() {
    return admin.audit(Optional.empty(), Optional.empty(), 10_000);
  }

  /** Checks the type of a result and hands it back as that type. */
  static <T> T expect(Class<T> type, Object result) {
    assertThat(result).isInstanceOf(type);
    return type.cast(result);
  }

  /** A user enrolled in 2FA: the secret, the recovery codes and the code that confirmed it. */
  record Enrolled(String secret, List<String> recoveryCodes, String enrolmentCode) {}
}
