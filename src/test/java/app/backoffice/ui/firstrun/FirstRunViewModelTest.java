package app.backoffice.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import app.backoffice.ui.UiFixture;
import app.backoffice.ui.UiSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating the first administrator, without a window. */
class FirstRunViewModelTest {

  @TempDir Path directory;

  private UiFixture fixture;
  private final List<String> done = new ArrayList<>();
  private FirstRunViewModel model;

  @BeforeEach
  void open() {
    fixture = new UiFixture(directory);
    model =
        new FirstRunViewModel(
            fixture.context(UiSettings.DEFAULT),
            (notice, email) -> done.add(notice + " | " + email));
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private void fill(String email, String password, String confirmation) {
    model.email().set(email);
    model.rules().password().set(password);
    model.rules().confirmation().set(confirmation);
  }

  @Test
  void policyLinesFollowTheTyping() {
    model.email().set(UiFixture.ADMIN);

    model.rules().password().set("short");
    assertThat(model.rules().messages()).containsExactly(fixture.texts.get("policy.TOO_SHORT"));

    model.rules().password().set(UiFixture.PASSWORD);
    assertThat(model.rules().messages()).containsExactly(fixture.texts.get("policy.ok"));

    model.rules().confirmation().set("violet-x");
    assertThat(model.rules().messages()).containsExactly(fixture.texts.get("policy.mismatch"));
    assertThat(model.rules().acceptable().get()).isFalse();

    model.rules().confirmation().set(UiFixture.PASSWORD);
    assertThat(model.rules().acceptable().get()).isTrue();
  }

  @Test
  void passwordEqualToTheEmailIsRefusedBeforeTheServiceIsAsked() {
    fill(UiFixture.ADMIN, UiFixture.ADMIN, UiFixture.ADMIN);

    model.submit();

    assertThat(model.error().get()).isEqualTo(fixture.texts.get("policy.SAME_AS_EMAIL"));
    assertThat(fixture.auth().needsFirstAdministrator()).isTrue();
  }

  @Test
  void mismatchedConfirmationCreatesNothing() {
    fill(UiFixture.ADMIN, UiFixture.PASSWORD, UiFixture.PASSWORD + "!");

    model.submit();

    assertThat(model.error().get()).isEqualTo(fixture.texts.get("policy.mismatch"));
    assertThat(fixture.auth().needsFirstAdministrator()).isTrue();
  }

  @Test
  void editingAfterARefusalTakesTheStaleMessageAway() {
    fill(UiFixture.ADMIN, "abc", "abc");
    model.submit();
    assertThat(model.error().get()).isEqualTo(fixture.texts.get("policy.TOO_SHORT"));

    model.rules().password().set("abcdefghij");

    assertThat(model.error().get()).isEmpty();
  }

  @Test
  void invalidEmailIsNamedAndNothingIsCreated() {
    fill("not an email", UiFixture.PASSWORD, UiFixture.PASSWORD);

    model.submit();

    assertThat(model.error().get()).isEqualTo(fixture.texts.get("firstRun.invalidEmail"));
    assertThat(fixture.auth().needsFirstAdministrator()).isTrue();
    assertThat(done).isEmpty();
  }

  @Test
  void emailThatMixesAlphabetsIsRefusedWithThatReason() {
    // A Cyrillic а before "dmin"
    fill("\u0430dmin@example.com", UiFixture.PASSWORD, UiFixture.PASSWORD);

    model.submit();

    assertThat(model.error().get())
        .isEqualTo(fixture.texts.get("firstRun.EMAIL_MIXES_SCRIPTS"))
        .contains("different alphabets");
    assertThat(fixture.auth().needsFirstAdministrator()).isTrue();
  }

  @Test
  void emailWithAnInvisibleCharacterIsRefusedWithThatReason() {
    fill("ad\u200bmin@example.com", UiFixture.PASSWORD, UiFixture.PASSWORD);

    model.submit();

    assertThat(model.error().get())
        .isEqualTo(fixture.texts.get("firstRun.EMAIL_HAS_INVISIBLE_CHARACTER"))
        .contains("invisible character");
    assertThat(fixture.auth().needsFirstAdministrator()).isTrue();
  }

  @Test
  void createdAdministratorLeadsToSignInWithTheTrimmedEmail() {
    fill("  " + UiFixture.ADMIN + " ", UiFixture.PASSWORD, UiFixture.PASSWORD);

    model.submit();

    assertThat(done)
        .containsExactly(
            fixture.texts.format("firstRun.created", UiFixture.ADMIN) + " | " + UiFixture.ADMIN);
    assertThat(fixture.auth().needsFirstAdministrator()).isFalse();
  }

  @Test
  void administratorCreatedMeanwhileSendsTheUserToSignIn() {
    fill(UiFixture.ADMIN, UiFixture.PASSWORD, UiFixture.PASSWORD);
    fixture.addUser("first@example.com", Role.ADMIN);

    model.submit();

    assertThat(done).containsExactly(fixture.texts.get("firstRun.alreadySetUp") + " | ");
  }

  @Test
  void policyIsCheckedInTheBackgroundAndAStaleAnswerIsCheckedAgain() {
    model.email().set(UiFixture.ADMIN);
    fixture.holdWork();
    model.rules().password().set("short");
    model.rules().password().set(UiFixture.PASSWORD);
    model.rules().confirmation().set(UiFixture.PASSWORD);
    assertThat(model.rules().acceptable().get()).isFalse();

    fixture.releaseWork();

    assertThat(model.rules().messages()).containsExactly(fixture.texts.get("policy.ok"));
    assertThat(model.rules().acceptable().get()).isTrue();
  }
}
