package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class QrCodeTest {

  @BeforeAll
  static void startJavaFx() throws Exception {
    // Images need the toolkit running, though nothing is shown.
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void eachModuleIsASquareOfWholePixelsWithTheColourOfTheOnePixelDrawing() {
    QrCode code = QrCode.of("otpauth://totp/Back%20Office:ann@example.com?secret=JBSWY3DPEHPK3PXP");
    WritableImage small = code.image(1);
    WritableImage large = code.image(3);

    assertThat(small.getWidth()).isEqualTo(code.size());
    assertThat(large.getWidth()).isEqualTo(code.size() * 3);
    assertThat(large.getHeight()).isEqualTo(code.size() * 3);
    PixelReader one = small.getPixelReader();
    PixelReader three = large.getPixelReader();
    int dark = 0;
    for (int y = 0; y < code.size() * 3; y++) {
      for (int x = 0; x < code.size() * 3; x++) {
        int expected = one.getArgb(x / 3, y / 3);
        assertThat(three.getArgb(x, y)).isEqualTo(expected);
        dark += expected == 0xFF000000 ? 1 : 0;
      }
    }
    assertThat(dark).isPositive();
  }

  @Test
  void quietZoneOfFourModulesIsLight() {
    QrCode code = QrCode.of("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP");
    PixelReader pixels = code.image(2).getPixelReader();

    for (int i = 0; i < code.size() * 2; i++) {
      for (int edge = 0; edge < QrCode.QUIET_ZONE * 2; edge++) {
        assertThat(pixels.getArgb(i, edge)).isEqualTo(0xFFFFFFFF);
        assertThat(pixels.getArgb(edge, i)).isEqualTo(0xFFFFFFFF);
      }
    }
  }
}
