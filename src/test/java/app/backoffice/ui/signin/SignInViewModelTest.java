package app.backoffice.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.auth.PendingSignIn;
import app.backoffice.auth.Session;
import app.backoffice.store.Role;
import app.backoffice.ui.UiFixture;
import app.backoffice.ui.UiSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in form's decisions, without a window. */
class SignInViewModelTest {

  @TempDir Path directory;

  private UiFixture fixture;
  private final List<Object> reached = new ArrayList<>();
  private SignInViewModel model;

  @BeforeEach
  void open() {
    fixture = new UiFixture(directory);
    fixture.addUser(UiFixture.EMAIL, Role.STAFF);
    model =
        new SignInViewModel(
            fixture.context(UiSettings.DEFAULT),
            new SignInViewModel.Next() {
              @Override
              public void signedIn(Session session) {
                reached.add(session);
              }

              @Override
              public void codeRequired(PendingSignIn pending) {
                reached.add(pending);
              }
            });
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private void submit(String email, String password) {
    model.email().set(email);
    model.password().set(password);
    model.submit();
  }

  @Test
  void rightPasswordWithoutTwoFactorLeadsOnWithASession() {
    submit(UiFixture.EMAIL, UiFixture.PASSWORD);

    assertThat(reached).singleElement().isInstanceOf(Session.class);
    assertThat(model.password().get()).isEmpty();
    assertThat(model.error().get()).isEmpty();
  }

  @Test
  void accountWithTwoFactorLeadsToTheCodeStep() {
    fixture.addUserWithTwoFactor("lee@example.com", Role.STAFF);

    submit("lee@example.com", UiFixture.PASSWORD);

    assertThat(reached).singleElement().isInstanceOf(PendingSignIn.class);
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameSentenceAndClearThePassword() {
    submit(UiFixture.EMAIL, "not-the-password");
    String wrongPassword = model.error().get();
    assertThat(model.password().get()).isEmpty();

    submit("nobody@example.com", UiFixture.PASSWORD);

    assertThat(model.error().get())
        .isEqualTo(wrongPassword)
        .isEqualTo(fixture.texts.get("signIn.rejected"));
    assertThat(model.email().get()).isEqualTo("nobody@example.com");
    assertThat(reached).isEmpty();
  }

  @Test
  void lockedAccountSaysWhenToTryAgain() {
    for (int i = 0; i < 5; i++) {
      submit(UiFixture.EMAIL, "not-the-password");
    }

    submit(UiFixture.EMAIL, UiFixture.PASSWORD);

    String until = fixture.texts.dateTime(fixture.clock.instant().plus(Duration.ofMinutes(5)));
    assertThat(model.error().get()).isEqualTo(fixture.texts.format("signIn.locked", until));
    assertThat(reached).isEmpty();
  }

  @Test
  void disabledAccountSaysToAskAnAdministrator() {
    fixture.admin().disable(UiFixture.EMAIL);

    submit(UiFixture.EMAIL, UiFixture.PASSWORD);

    assertThat(model.error().get()).isEqualTo(fixture.texts.get("signIn.disabled"));
  }

  @Test
  void emptyFieldsAreNamedWithoutAskingTheService() {
    int auditedBefore = audited();

    submit(" ", UiFixture.PASSWORD);
    assertThat(model.error().get()).isEqualTo(fixture.texts.get("common.requiredEmail"));

    submit(UiFixture.EMAIL, "");
    assertThat(model.error().get()).isEqualTo(fixture.texts.get("common.requiredPassword"));
    assertThat(audited()).isEqualTo(auditedBefore);
    assertThat(reached).isEmpty();
  }

  private int audited() {
    return fixture.admin().audit(Optional.empty(), Optional.empty(), 1000).size();
  }

  @Test
  void secondSubmitWhileTheFirstRunsIsIgnored() {
    fixture.holdWork();
    submit(UiFixture.EMAIL, UiFixture.PASSWORD);
    assertThat(model.busy().get()).isTrue();

    model.submit();
    fixture.releaseWork();

    assertThat(reached).hasSize(1);
    assertThat(model.busy().get()).isFalse();
  }
}
