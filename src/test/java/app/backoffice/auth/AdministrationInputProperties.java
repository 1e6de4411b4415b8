package app.backoffice.auth;

import static app.backoffice.auth.AuthFixture.EMAIL;
import static app.backoffice.store.sqlite.StoreTables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.auth.AccountException.Reason;
import app.backoffice.store.AuditEntry;
import app.backoffice.store.Role;
import app.backoffice.store.User;
import app.backoffice.text.HostileText;
import app.backoffice.text.HostileText.Typed;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile emails and passwords given to every operation of {@link UserAdministration}, as the
 * command line passes them on. Each does its work or refuses with an {@link AccountException} whose
 * reason the command line translates; nothing else is thrown, and a refusal writes nothing at all.
 * bcrypt is never given more than 72 bytes.
 */
@PropertyDefaults(tries = 100)
class AdministrationInputProperties extends ServiceInputProperties {

  private static final String BOB = "bob@example.com";
  private static final String ROOT = "root@example.com";

  @BeforeProperty
  void openAStoreWithAnAdministratorAliceEnrolledAndBob() {
    fixture.addAliceWithTwoFactor();
    fixture.admin().addUser(BOB, "quiet-meadow-73", Role.STAFF);
    fixture.admin().addUser(ROOT, "granite-orchard-58", Role.ADMIN);
  }

  @Property
  void addingAUserAddsExactlyThatUserOrRefusesWithoutATrace(
      @ForAll(supplier = HostileText.Emails.class) String email,
      @ForAll(supplier = HostileText.Passwords.class) String password,
      @ForAll Role role) {
    int users = bench.tables().table(USERS).size();

    String outcome =
        bench.doneOrRefused(
            () -> fixture.admin().addUser(email, password, role),
            Reason.INVALID_EMAIL,
            Reason.EMAIL_HAS_INVISIBLE_CHARACTER,
            Reason.EMAIL_MIXES_SCRIPTS,
            Reason.WEAK_PASSWORD,
            Reason.EMAIL_TAKEN,
            Reason.EMAIL_LOOKS_TAKEN);

    if (!outcome.startsWith("refused")) {
      User added = fixture.storedUser(Emails.normalize(email));
      assertThat(added.role()).isEqualTo(role);
      assertThat(fixture.hasher.matches(password, Optional.of(added.passwordHash()))).isTrue();
      assertThat(bench.tables().table(USERS)).hasSize(users + 1);
    }
    Statistics.collect(outcome);
  }

  @Property
  void settingAPasswordSetsThatPasswordOrRefusesWithoutATrace(
      @ForAll(supplier = HostileText.TypedEmails.class) Typed email,
      @ForAll(supplier = HostileText.Passwords.class) String password) {
    String typed = email.against(BOB);

    String outcome =
        bench.doneOrRefused(
            () -> {
              fixture.admin().setPassword(typed, password);
              return null;
            },
            Reason.INVALID_EMAIL,
            Reason.EMAIL_HAS_INVISIBLE_CHARACTER,
            Reason.EMAIL_MIXES_SCRIPTS,
            Reason.WEAK_PASSWORD,
            Reason.USER_NOT_FOUND);

    if (outcome.equals("done")) {
      String hash = fixture.storedUser(Emails.normalize(typed)).passwordHash();
      assertThat(fixture.hasher.matches(password, Optional.of(hash))).isTrue();
    }
    Statistics.collect(outcome);
  }

  @Property
  void everyOperationOnAnEmailDoesItsWorkOrRefusesWithoutATrace(
      @ForAll Operation operation,
      @ForAll(supplier = HostileText.TypedEmails.class) Typed email,
      @ForAll Target target) {
    String typed = email.against(target.email);

    String outcome =
        bench.doneOrRefused(() -> operation.call.apply(fixture.admin(), typed), operation.refusals);

    Statistics.label("operation").collect(operation);
    Statistics.label("outcome").collect(outcome);
  }

  /** Whose email the right one is, when the email typed is the right one decorated. */
  enum Target {
    ALICE(EMAIL),
    BOB(AdministrationInputProperties.BOB),
    ROOT(AdministrationInputProperties.ROOT);

    final String email;

    Target(String email) {
      this.email = email;
    }
  }

  /** The operations that take nothing but an email, and the reasons each may refuse for. */
  enum Operation {
    CHECK_NEW_USER(
        nothingBack(UserAdministration::checkNewUser),
        Reason.INVALID_EMAIL,
        Reason.EMAIL_HAS_INVISIBLE_CHARACTER,
        Reason.EMAIL_MIXES_SCRIPTS,
        Reason.EMAIL_TAKEN,
        Reason.EMAIL_LOOKS_TAKEN),
    CHECK_EXISTING(
        nothingBack(UserAdministration::checkExisting),
        Reason.INVALID_EMAIL,
        Reason.EMAIL_HAS_INVISIBLE_CHARACTER,
        Reason.EMAIL_MIXES_SCRIPTS,
        Reason.USER_NOT_FOUND),
    RESET_TWO_FACTOR(
        nothingBack(UserAdministration::resetTwoFactor),
        Reason.INVALID_EMAIL,
        Reason.EMAIL_HAS_INVISIBLE_CHARACTER,
        Reason.EMAIL_MIXES_SCRIPTS,
        Reason.USER_NOT_FOUND,
        Reason.TWO_FACTOR_NOT_ENABLED),
    UNLOCK(
        UserAdministration::unlock,
        Reason.INVALID_EMAIL,
        Reason.EMAIL_HAS_INVISIBLE_CHARACTER,
        Reason.EMAIL_MIXES_SCRIPTS,
        Reason.USER_NOT_FOUND),
    DISABLE(
        UserAdministration::disable,
        Reason.INVALID_EMAIL,
        Reason.EMAIL_HAS_INVISIBLE_CHARACTER,
        Reason.EMAIL_MIXES_SCRIPTS,
        Reason.USER_NOT_FOUND,
        Reason.LAST_ADMINISTRATOR),
    ENABLE(
        UserAdministration::enable,
        Reason.INVALID_EMAIL,
        Reason.EMAIL_HAS_INVISIBLE_CHARACTER,
        Reason.EMAIL_MIXES_SCRIPTS,
        Reason.USER_NOT_FOUND),
    AUDIT((admin, email) -> admin.audit(Optional.of(email), Optional.empty(), 100));

    final BiFunction<UserAdministration, String, Object> call;
    final Reason[] refusals;

    Operation(BiFunction<UserAdministration, String, Object> call, Reason... refusals) {
      this.call = call;
      this.refusals = refusals;
    }
  }

  private static BiFunction<UserAdministration, String, Object> nothingBack(
      BiConsumer<UserAdministration, String> call) {
    return (admin, email) -> {
      call.accept(admin, email);
      return null;
    };
  }

  @Property
  void auditForAnEmailListsOnlyThatEmail(
      @ForAll(supplier = HostileText.TypedEmails.class) Typed email) {
    String typed = email.against(EMAIL);

    List<AuditEntry> entries = fixture.admin().audit(Optional.of(typed), Optional.empty(), 100);

    assertThat(entries).allMatch(entry -> entry.email().equals(Emails.normalize(typed)));
  }
}
