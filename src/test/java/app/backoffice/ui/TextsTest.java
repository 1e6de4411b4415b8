package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.auth.PasswordProblem;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void everyRuleOfThePasswordPolicyHasALineOnTheScreens() {
    Texts texts = Texts.forDefaultLocale(ZoneOffset.UTC);
    for (PasswordProblem problem : PasswordProblem.values()) {
      assertThat(texts.get("policy." + problem.name())).as(problem.name()).isNotBlank();
    }
  }
}
