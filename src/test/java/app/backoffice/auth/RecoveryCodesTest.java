package app.backoffice.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.backoffice.store.HashedRecoveryCode;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryCodesTest {

  private final RecoveryCodes codes = new RecoveryCodes(new SecureRandom());

  @Test
  void generatesTenDistinctCodesInTwoGroupsOfFive() {
    List<String> generated = codes.generate();

    assertThat(generated).hasSize(10).doesNotHaveDuplicates();
    assertThat(generated)
        .allMatch(code -> code.matches("[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}"));
  }

  @Test
  void generatedCodesNormaliseToThemselvesWithoutTheHyphen() {
    for (String code : codes.generate()) {
      assertThat(RecoveryCodes.normalize(code)).contains(code.replace("-", ""));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abcde-fghjk",
        "ABCDE-FGHJK",
        "abcdefghjk",
        " abcde fghjk ",
        "ab cde-fg hjk",
        "aBcDe-FgHjK"
      })
  void normalisingToleratesCaseSpacesAndAMissingHyphen(String typed) {
    assertThat(RecoveryCodes.normalize(typed)).contains("abcdefghjk");
  }

  @Test
  void normalisingReadsLettersThatLookLikeDigitsAsThoseDigits() {
    assertThat(RecoveryCodes.normalize("Oo1iL-23456")).contains("0011123456");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abcde-fghj", "abcde-fghjkm", "abcde-fghju", "abcde_fghjk", "123456"})
  void normalisingRefusesWhatCannotBeARecoveryCode(String typed) {
    assertThat(RecoveryCodes.normalize(typed)).isEmpty();
  }

  @Test
  void hashMatchesTheCodeHowEverItIsTyped() {
    HashedRecoveryCode hash = codes.hash("abcde-fghjk");

    assertThat(RecoveryCodes.matches(RecoveryCodes.normalize("ABCDEFGHJK").orElseThrow(), hash))
        .isTrue();
  }

  @Test
  void hashDoesNotMatchAnotherCode() {
    HashedRecoveryCode hash = codes.hash("abcde-fghjk");

    assertThat(RecoveryCodes.matches("abcdefghjm", hash)).isFalse();
  }

  @Test
  void sameCodeHashesDifferentlyEachTimeYetMatchesBoth() {
    HashedRecoveryCode first = codes.hash("abcde-fghjk");
    HashedRecoveryCode second = codes.hash("abcde-fghjk");

    assertThat(first.salt()).isNotEqualTo(second.salt());
    assertThat(first.hash()).isNotEqualTo(second.hash());
    assertThat(RecoveryCodes.matches("abcdefghjk", first)).isTrue();
    assertThat(RecoveryCodes.matches("abcdefghjk", second)).isTrue();
  }

  @Test
  void refusesToHashWhatIsNotACode() {
    assertThatThrownBy(() -> codes.hash("not a code")).isInstanceOf(IllegalArgumentException.class);
  }
}
