package app.backoffice.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfusablesTest {

  @Test
  void plainLowerCaseAsciiIsItsOwnSkeleton() {
    assertThat(Confusables.skeleton("kim.park+news@example.com"))
        .isEqualTo("kim.park+news@example.com");
  }

  @ParameterizedTest
  @CsvSource({
    // Cyrillic а, е, о, р, с, х, у, і, ј, ѕ, һ, ԁ, ԛ, ԝ
    "\u0430\u0435\u043e\u0440\u0441\u0445\u0443, aeopcxy",
    "\u0456\u0458\u0455\u04bb\u0501\u051b\u051d, ijshdqw",
    // Their capitals, folded to lower case first
    "\u0410\u0415\u041e\u0420\u0421\u0425\u0423, aeopcxy",
    "\u0406\u0408\u0405\u04ba\u0500\u051a\u051c, ijshdqw",
    // Greek ο, α, ν, ρ, τ, ι, κ, υ, χ, γ, η
    "\u03bf\u03b1\u03bd\u03c1\u03c4\u03b9\u03ba\u03c5\u03c7\u03b3\u03b7, oavptikuxyn",
    // Latin dotless i and j, script g, alpha, small capitals
    "\u0131\u0237\u0261\u0251\u1d04\u1d0f\u1d20, ijgacov",
    // Compatibility forms that NFKC folds: script l, full-width letters, long s, Kelvin sign
    "\u2113\uff41\u017f\u212a, lask",
  })
  void lettersThatLookLikeAsciiLettersBecomeThem(String lookAlikes, String ascii) {
    assertThat(Confusables.skeleton(lookAlikes)).isEqualTo(ascii);
  }

  @Test
  void aCyrillicAddressThatLooksLikeALatinOneHasItsSkeleton() {
    assertThat(Confusables.skeleton("\u0430@example.com"))
        .isEqualTo(Confusables.skeleton("a@example.com"));
    assertThat(Confusables.skeleton("\u0440\u0430\u0443\u0440\u0430\u0441@\u0435\u0445.com"))
        .isEqualTo(Confusables.skeleton("paypac@ex.com"));
  }

  @Test
  void zeroAndOneReadAsOAndL() {
    assertThat(Confusables.skeleton("b0b@example.com")).isEqualTo("bob@example.com");
    assertThat(Confusables.skeleton("paypa1@example.com")).isEqualTo("paypal@example.com");
  }

  @Test
  void otherDigitsAndDistinctLettersStayApart() {
    assertThat(Confusables.skeleton("user2@example.com")).isEqualTo("user2@example.com");
    assertThat(Confusables.skeleton("il@example.com")).isNotEqualTo("ll@example.com");
    assertThat(Confusables.skeleton("rn@example.com")).isNotEqualTo("m@example.com");
  }

  @Test
  void accentsStaySoAnAccentedLetterIsNotItsPlainOne() {
    assertThat(Confusables.skeleton("jos\u00e9@example.com"))
        .isNotEqualTo(Confusables.skeleton("jose@example.com"));
  }

  @Test
  void accentedLookAlikesMatchTheSameAccentOnTheLatinLetter() {
    // Cyrillic ё and Latin ë; Greek ό and Latin ó
    assertThat(Confusables.skeleton("\u0451")).isEqualTo(Confusables.skeleton("\u00eb"));
    assertThat(Confusables.skeleton("\u03cc")).isEqualTo(Confusables.skeleton("\u00f3"));
  }

  @Test
  void lookAlikeDashesAndApostrophesBecomeTheAsciiOnes() {
    assertThat(Confusables.skeleton("anne\u2010marie\u2019s")).isEqualTo("anne-marie's");
  }

  @Test
  void invisibleCharactersAreDropped() {
    assertThat(Confusables.skeleton("a\u200bd\u2060m\ufe0fi\u3164n")).isEqualTo("admin");
  }

  @Test
  void aWholeAddressInAnotherAlphabetHasASkeletonOfItsOwn() {
    String ivan = "\u0438\u0432\u0430\u043d@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444";

    assertThat(Confusables.skeleton(ivan)).isNotEqualTo(Confusables.skeleton("a@example.com"));
    assertThat(Confusables.skeleton(ivan))
        .isEqualTo(Confusables.skeleton(ivan.toUpperCase(Locale.ROOT)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0x200b, 0x200c, 0x200d, 0x200e, 0x202e, 0x2066, 0xfeff, 0xfe0f, 0x3164})
  void zeroWidthJoinersDirectionMarksAndFillersAreInvisible(int codePoint) {
    assertThat(Confusables.isInvisible(codePoint)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {'a', ' ', '@', 0x00e9, 0x0430, 0x4e2d, 0x0600})
  void lettersSpacesAndVisibleSignsAreNotInvisible(int codePoint) {
    assertThat(Confusables.isInvisible(codePoint)).isFalse();
  }
}
