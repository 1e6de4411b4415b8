package app.backoffice.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void longTextIsCutShortWithAnEllipsisAndShortTextKept() {
    assertThat(PlainText.shortened("abcdef", 4)).isEqualTo("abcd\u2026");
    assertThat(PlainText.shortened("abcd", 4)).isEqualTo("abcd");
  }

  @Test
  void cuttingShortNeverSplitsASurrogatePair() {
    assertThat(PlainText.shortened("abc\ud83d\udd11def", 4)).isEqualTo("abc\u2026");
  }

  @Test
  void terminalEscapesAndLineBreaksBecomeReplacementCharacters() {
    assertThat(PlainText.oneLine("host\u001b[2J\nSIGN_IN_SUCCEEDED"))
        .isEqualTo("host\ufffd[2J\ufffdSIGN_IN_SUCCEEDED");
  }

  @Test
  void directionOverridesAndSeparatorsAreReplaced() {
    assertThat(PlainText.oneLine("a\u202eb\u2028c\u2029d\u0085e"))
        .isEqualTo("a\ufffdb\ufffdc\ufffdd\ufffde");
  }

  @Test
  void ordinaryTextIncludingAccentsAndEmojiIsKept() {
    assertThat(PlainText.oneLine("Zoë 👋 kiosk-01")).isEqualTo("Zoë 👋 kiosk-01");
  }

  @Test
  void nullIsEmpty() {
    assertThat(PlainText.oneLine(null)).isEmpty();
  }
}
