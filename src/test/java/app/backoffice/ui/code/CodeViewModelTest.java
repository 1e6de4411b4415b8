package app.backoffice.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.auth.CodeResult;
import app.backoffice.auth.PendingSignIn;
import app.backoffice.auth.SignInResult;
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

/** The code step's decisions, without a window. */
class CodeViewModelTest {

  private static final String LEE = "lee@example.com";

  @TempDir Path directory;

  private UiFixture fixture;
  private UiFixture.Enrolled lee;
  private final List<CodeResult.SignedIn> signedIn = new ArrayList<>();
  private final List<String> startedOver = new ArrayList<>();
  private CodeViewModel model;

  @BeforeEach
  void open() {
    fixture = new UiFixture(directory);
    lee = fixture.addUserWithTwoFactor(LEE, Role.STAFF);
    PendingSignIn pending =
        ((SignInResult.CodeRequired) fixture.auth().signIn(LEE, UiFixture.PASSWORD)).pending();
    model =
        new CodeViewModel(
            fixture.context(UiSettings.DEFAULT),
            pending,
            new CodeViewModel.Next() {
              @Override
              public void signedIn(CodeResult.SignedIn result) {
                signedIn.add(result);
              }

              @Override
              public void startOver(String message) {
                startedOver.add(message);
              }
            });
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void sixthDigitSubmitsTheCodeWithoutEnter() {
    String code = fixture.codeNow(lee.secret());

    model.code().set(code.substring(0, 5));
    assertThat(signedIn).isEmpty();
    model.code().set(code);

    assertThat(signedIn)
        .singleElement()
        .satisfies(result -> assertThat(result.recoveryCodeUsed()).isFalse());
  }

  @Test
  void twoWrongCodesBringTheClockHintAndEmptyTheField() {
    model.code().set("000000");
    assertThat(model.clockHint().get()).isFalse();
    assertThat(model.code().get()).isEmpty();
    assertThat(model.error().get()).isEqualTo(fixture.texts.get("code.wrong"));

    model.code().set("000001");

    assertThat(model.clockHint().get()).isTrue();
    assertThat(signedIn).isEmpty();
  }

  @Test
  void clockHintIsNotShownForRecoveryCodes() {
    model.code().set("000000");
    model.code().set("000001");

    model.toggleRecoveryMode();

    assertThat(model.clockHint().get()).isFalse();
    assertThat(model.error().get()).isEmpty();
  }

  @Test
  void recoveryModeWaitsForSubmitAndAcceptsACodeOnce() {
    model.toggleRecoveryMode();
    model.code().set(lee.recoveryCodes().get(0));
    assertThat(signedIn).isEmpty();

    model.submit();

    assertThat(signedIn)
        .singleElement()
        .satisfies(result -> assertThat(result.recoveryCodeUsed()).isTrue());
  }

  @Test
  void usedRecoveryCodeIsRefusedWithItsOwnSentence() {
    String used = lee.recoveryCodes().get(1);
    fixture.auth().completeSignIn(pendingAgain(), used);
    model.toggleRecoveryMode();
    model.code().set(used);

    model.submit();

    assertThat(model.error().get()).isEqualTo(fixture.texts.get("code.wrongRecovery"));
    assertThat(signedIn).isEmpty();
  }

  @Test
  void replayedCodeSaysToWaitForTheNextOne() {
    String code = fixture.codeNow(lee.secret());
    fixture.auth().completeSignIn(pendingAgain(), code);

    model.code().set(code);

    assertThat(model.error().get()).isEqualTo(fixture.texts.get("code.replayed"));
    assertThat(signedIn).isEmpty();
  }

  @Test
  void malformedRecoveryCodeIsAnInputProblemNotAFailure() {
    model.toggleRecoveryMode();
    model.code().set("abc");

    model.submit();

    assertThat(model.error().get()).isEqualTo(fixture.texts.get("code.invalidRecovery"));
  }

  @Test
  void signInThatTookTooLongStartsOver() {
    fixture.advance(java.time.Duration.ofMinutes(6));

    model.code().set(fixture.codeNow(lee.secret()));

    assertThat(startedOver).containsExactly(fixture.texts.get("code.expired"));
    assertThat(signedIn).isEmpty();
  }

  private PendingSignIn pendingAgain() {
    return ((SignInResult.CodeRequired) fixture.auth().signIn(LEE, UiFixture.PASSWORD)).pending();
  }
}
