package app.backoffice.auth;

import static app.backoffice.auth.PasswordProblem.BROKEN_CHARACTER;
import static app.backoffice.auth.PasswordProblem.COMMON;
import static app.backoffice.auth.PasswordProblem.CONTROL_CHARACTER;
import static app.backoffice.auth.PasswordProblem.SAME_AS_EMAIL;
import static app.backoffice.auth.PasswordProblem.TOO_LONG;
import static app.backoffice.auth.PasswordProblem.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static final String EMAIL = "alice@example.com";

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void acceptablePasswordHasNoProblem() {
    assertThat(policy.check("violet-harbour-42", EMAIL)).isEmpty();
  }

  @Test
  void sevenCharactersAreTooShort() {
    assertThat(policy.check("Vh4#kq9", EMAIL)).containsExactly(TOO_SHORT);
    assertThat(policy.check("Vh4#kq9z", EMAIL)).isEmpty();
  }

  @Test
  void lengthCountsCharactersNotBytesOrUtf16Units() {
    String sevenEmoji = "\uD83C\uDF4B".repeat(7);

    assertThat(policy.check(sevenEmoji, EMAIL)).containsExactly(TOO_SHORT);
    assertThat(policy.check(sevenEmoji + "\uD83C\uDF4B", EMAIL)).isEmpty();
  }

  @Test
  void missingPasswordIsTooShort() {
    assertThat(policy.check(null, EMAIL)).containsExactly(TOO_SHORT);
  }

  @Test
  void moreThan72Utf8BytesIsTooLong() {
    String base = "violet-harbour-42-";

    assertThat(policy.check(padTo(base, 72), EMAIL)).isEmpty();
    assertThat(policy.check(padTo(base, 73), EMAIL)).containsExactly(TOO_LONG);
  }

  @Test
  void multibyteCharactersCountTheirUtf8Bytes() {
    assertThat(policy.check("é".repeat(36), EMAIL)).isEmpty();
    assertThat(policy.check("é".repeat(37), EMAIL)).containsExactly(TOO_LONG);
    assertThat(policy.check("\u20ac".repeat(25), EMAIL)).containsExactly(TOO_LONG);
  }

  @Test
  void bytesAreCountedAfterComposingAccents() {
    String decomposed = "e\u0301";

    assertThat(policy.check(decomposed.repeat(36), EMAIL)).isEmpty();
    assertThat(policy.check(decomposed.repeat(37), EMAIL)).containsExactly(TOO_LONG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password1", "Password1", "PASSWORD1", "iloveyou", "qwertyuiop"})
  void commonPasswordsAreRefusedWhateverTheirCase(String password) {
    assertThat(policy.check(password, EMAIL)).containsExactly(COMMON);
  }

  @Test
  void theEmailItselfIsRefused() {
    assertThat(policy.check("Alice@Example.com", EMAIL)).containsExactly(SAME_AS_EMAIL);
    assertThat(policy.check("alice@example.com", " ALICE@example.COM ")).contains(SAME_AS_EMAIL);
  }

  @Test
  void emailIsNotComparedWhenThereIsNone() {
    assertThat(policy.check("violet-harbour-42", "")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"violet\tharbour-42", "violet\nharbour-42", "violet-harbour\u0000-42"})
  void controlCharactersAreRefused(String password) {
    assertThat(policy.check(password, EMAIL)).containsExactly(CONTROL_CHARACTER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"violet-harbour\ud800-42", "\udc00violet-harbour-42", "violet-harbour-42\ud83d"})
  void halfASurrogatePairIsRefusedSinceBcryptWouldHashAQuestionMarkInstead(String password) {
    assertThat(policy.check(password, EMAIL)).containsExactly(BROKEN_CHARACTER);
  }

  @Test
  void aWholeSurrogatePairIsAnOrdinaryCharacter() {
    assertThat(policy.check("violet-harbour-\ud83d\udd11", EMAIL)).isEmpty();
  }

  @Test
  void everyBrokenRuleIsListedInAStableOrder() {
    assertThat(policy.check("a\tb", EMAIL)).containsExactly(TOO_SHORT, CONTROL_CHARACTER);
    assertThat(policy.check("x".repeat(70) + "\t\t\t", EMAIL))
        .containsExactly(TOO_LONG, CONTROL_CHARACTER);
  }

  @Test
  void requireAcceptableCarriesTheProblems() {
    assertThatThrownBy(() -> policy.requireAcceptable("password1", EMAIL))
        .isInstanceOfSatisfying(
            AccountException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(AccountException.Reason.WEAK_PASSWORD);
              assertThat(e.passwordProblems()).containsExactly(COMMON);
              assertThat(e.getMessage()).doesNotContain("password1");
            });
  }

  private static String padTo(String start, int bytes) {
    StringBuilder text = new StringBuilder(start);
    for (int i = 0; text.length() < bytes; i++) {
      text.append((char) ('a' + i % 26));
    }
    return text.toString();
  }
}
