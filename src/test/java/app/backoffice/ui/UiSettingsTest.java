package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UiSettingsTest {

  @Test
  void twoFactorIsOptionalUnlessTheAdministratorSaysOtherwise() {
    assertThat(UiSettings.fromEnvironment(Map.of()).twoFactorRequired()).isFalse();
    assertThat(UiSettings.fromEnvironment(Map.of(UiSettings.REQUIRE_TWO_FACTOR, " ")))
        .isEqualTo(UiSettings.DEFAULT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "TRUE", "yes", "1", " true "})
  void theUsualWordsForYesRequireTwoFactor(String value) {
    assertThat(
            UiSettings.fromEnvironment(Map.of(UiSettings.REQUIRE_TWO_FACTOR, value))
                .twoFactorRequired())
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "No", "0"})
  void theUsualWordsForNoLeaveItOptional(String value) {
    assertThat(
            UiSettings.fromEnvironment(Map.of(UiSettings.REQUIRE_TWO_FACTOR, value))
                .twoFactorRequired())
        .isFalse();
  }

  @Test
  void anyOtherValueIsRefusedWithTheVariableAndTheAcceptedValues() {
    assertThatThrownBy(
            () -> UiSettings.fromEnvironment(Map.of(UiSettings.REQUIRE_TWO_FACTOR, "maybe")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(UiSettings.REQUIRE_TWO_FACTOR)
        .hasMessageContaining("true or false")
        .hasMessageContaining("maybe");
  }
}
