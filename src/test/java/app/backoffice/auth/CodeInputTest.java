package app.backoffice.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"123456", "123 456", "123-456", " 123456 ", "12 34 56"})
  void sixDigitsInAnyGroupingAreATotpCode(String typed) {
    assertThat(CodeInput.parse(typed)).isEqualTo(new CodeInput.Totp("123456"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcde-fghjk", "ABCDEFGHJK", "abcde fghjk"})
  void tenCharactersOfTheRecoveryAlphabetAreARecoveryCode(String typed) {
    assertThat(CodeInput.parse(typed)).isEqualTo(new CodeInput.Recovery("abcdefghjk"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345", "1234567", "abcdef", "12345a", "１２３４５６"})
  void anythingElseIsInvalid(String typed) {
    assertThat(CodeInput.parse(typed)).isEqualTo(new CodeInput.Invalid());
  }

  @Test
  void missingOrHugeInputIsInvalid() {
    assertThat(CodeInput.parse(null)).isEqualTo(new CodeInput.Invalid());
    assertThat(CodeInput.parse("1".repeat(65))).isEqualTo(new CodeInput.Invalid());
  }
}
