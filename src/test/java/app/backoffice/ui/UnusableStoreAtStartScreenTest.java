package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The store opened but fails its first query, as a disk that went away would: the window still
 * opens, on the sign-in screen, and says why in the store's own words instead of guessing at a
 * first run.
 */
class UnusableStoreAtStartScreenTest extends WindowTestBase {

  @Override
  protected void addAccounts(UiFixture fixture) {
    fixture.close();
  }

  @Test
  void signInOpensWithTheStoresExplanationAndTheEmailFocused() {
    assertThat(door.isShown("#signInButton")).isTrue();
    assertThat(door.text("#errorLabel"))
        .isNotBlank()
        .isNotEqualTo(fixture.texts.get("common.unexpected"))
        .doesNotContain("Exception");
    assertThat(door.isFocused("#emailField")).isTrue();
  }
}
