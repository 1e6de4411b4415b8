package app.backoffice.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.backoffice.auth.AccountException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailsTest {

  @Test
  void normalisingTrimsAndLowerCases() {
    assertThat(Emails.normalize("  Alice@Example.COM \t")).isEqualTo("alice@example.com");
  }

  @Test
  void normalisingFoldsCompatibilityCharacters() {
    assertThat(Emails.normalize("ＡＬＩＣＥ@ｅｘａｍｐｌｅ.ｃｏｍ")).isEqualTo("alice@example.com");
    assertThat(Emails.normalize("ﬁnance@example.com")).isEqualTo("finance@example.com");
  }

  @Test
  void normalisingRemovesNoBreakSpacesPastedAroundTheAddress() {
    assertThat(Emails.normalize("\u00a0alice@example.com\u202f")).isEqualTo("alice@example.com");
  }

  @Test
  void normalisingNullGivesEmptyText() {
    assertThat(Emails.normalize(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a@b.co",
        "alice@example.com",
        "first.last+tag@mail.example.org",
        "zoë@exämple.de"
      })
  void acceptsAddressesOfTheRightShape(String email) {
    assertThat(Emails.isValid(email)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "alice",
        "alice@",
        "@example.com",
        "alice@example",
        "alice@example.",
        "alice@.example.com",
        "alice@example..com",
        "alice@@example.com",
        "ali ce@example.com",
        "alice:admin@example.com",
        "ali\u0007ce@example.com",
        "alice@exa\nmple.com"
      })
  void refusesAddressesOfTheWrongShape(String email) {
    assertThat(Emails.isValid(email)).isFalse();
  }

  @Test
  void refusesAddressesLongerThan254Characters() {
    String domain = "@example.com";

    assertThat(Emails.isValid("a".repeat(254 - domain.length()) + domain)).isTrue();
    assertThat(Emails.isValid("a".repeat(255 - domain.length()) + domain)).isFalse();
  }

  @Test
  void requireValidNormalisesOrRefuses() {
    assertThat(Emails.requireValid(" Bob@Example.com ")).isEqualTo("bob@example.com");
    assertThatThrownBy(() -> Emails.requireValid("bob"))
        .isInstanceOfSatisfying(
            AccountException.class,
            e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.INVALID_EMAIL));
  }

  @Test
  void auditFormReplacesControlCharactersAndShortensLongInput() {
    assertThat(Emails.forAudit("evil\nSIGN_IN_SUCCEEDED")).isEqualTo("evil\uFFFDSIGN_IN_SUCCEEDED");
    assertThat(Emails.forAudit("x".repeat(1000))).hasSize(Emails.MAX_LENGTH + 1).endsWith("\u2026");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ki\u200bm@example.com",
        "kim\u202e@example.com",
        "kim\u009b@example.com",
        "kim\u0085@example.com",
        "j\ufffdrg@example.com",
        "kim\ue000@example.com",
        "kim@exa\u2028mple.com"
      })
  void refusesInvisibleControlAndUndecodableCharacters(String email) {
    assertThat(Emails.isValid(Emails.normalize(email))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0430dmin@example.com",
        "admin@ex\u0430mple.com",
        "\u03bfffice@example.com",
        "\u5c71\u7530\u0430@example.jp"
      })
  void refusesPartsThatMixScriptsToLookLikeAnotherAddress(String email) {
    assertThat(Emails.isValid(Emails.normalize(email))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0430\u0434\u043c\u0438\u043d@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444",
        "kim@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444",
        "\u5f20\u4f1f@example.cn",
        "\u3084\u307e\u3060\u592a\u90ce@example.jp",
        "\u30bf\u30ed\u30a6\u5c71\u7530@example.jp",
        "\uae40\u91d1@example.kr",
        "yamada\u592a\u90ce@example.jp"
      })
  void acceptsAddressesWrittenTheWayOneLanguageWritesThem(String email) {
    assertThat(Emails.isValid(Emails.normalize(email))).isTrue();
  }

  @Test
  void dottedCapitalIReadsAsPlainI() {
    assertThat(Emails.normalize("ADM\u0130N@example.com")).isEqualTo("admin@example.com");
  }

  private static Reason refusal(String email) {
    return catchThrowableOfType(AccountException.class, () -> Emails.requireValid(email)).reason();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ki\u200bm@example.com",
        "kim\u200d@example.com",
        "kim\u202e@example.com",
        "kim\u2060@example.com",
        "kim\ufe0f@example.com",
        "kim\u3164@example.com",
        "\u00adkim@example.com",
        "kim@example.com\u200c"
      })
  void anInvisibleCharacterIsRefusedForThatReason(String email) {
    assertThat(refusal(email)).isEqualTo(Reason.EMAIL_HAS_INVISIBLE_CHARACTER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0430dmin@example.com",
        "admin@ex\u0430mple.com",
        "\u03bfffice@example.com",
        "\u5c71\u7530\u0430@example.jp"
      })
  void aPartThatMixesAlphabetsIsRefusedForThatReason(String email) {
    assertThat(refusal(email)).isEqualTo(Reason.EMAIL_MIXES_SCRIPTS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bob",
        "ki m@example.com",
        "kim\u0007@example.com",
        "j\ufffdrg@example.com",
        "kim\ue000@example.com",
        "\u0600kim@example.com"
      })
  void whatIsNoAddressAtAllIsRefusedAsNotAnAddress(String email) {
    assertThat(refusal(email)).isEqualTo(Reason.INVALID_EMAIL);
  }
}
