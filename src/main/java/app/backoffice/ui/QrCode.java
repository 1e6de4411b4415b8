package app.backoffice.ui;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Map;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Draws a QR code that stays sharp: every module is a whole number of device pixels, the quiet zone
 * of four modules is part of the image, and the image is shown without smoothing at the screen's
 * own scale.
 */
public final class QrCode {

  /** The quiet zone the QR specification asks for, in modules. */
  public static final int QUIET_ZONE = 4;

  private static final int DARK = 0xFF000000;
  private static final int LIGHT = 0xFFFFFFFF;

  private final BitMatrix modules;

  private QrCode(BitMatrix modules) {
    this.modules = modules;
  }

  /** Encodes text with medium error correction. */
  public static QrCode of(String text) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  com.google.zxing.BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      QUIET_ZONE,
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
      return new QrCode(matrix);
    } catch (WriterException e) {
      throw new IllegalArgumentException("The text does not fit in a QR code", e);
    }
  }

  /** The side in modules, quiet zone included. */
  public int size() {
    return modules.getWidth();
  }

  /** The code drawn at {@code pixelsPerModule} device pixels for each module. */
  public WritableImage image(int pixelsPerModule) {
    if (pixelsPerModule < 1) {
      throw new IllegalArgumentException("at least one pixel per module");
    }
    int side = size() * pixelsPerModule;
    int[] pixels = new int[side * side];
    // A module at a time, and each row of modules drawn once and copied down: this runs on the FX
    // thread, which then spends well under a millisecond on it.
    for (int row = 0; row < size(); row++) {
      int top = row * pixelsPerModule * side;
      for (int column = 0; column < size(); column++) {
        int left = top + column * pixelsPerModule;
        Arrays.fill(pixels, left, left + pixelsPerModule, modules.get(column, row) ? DARK : LIGHT);
      }
      for (int line = 1; line < pixelsPerModule; line++) {
        System.arraycopy(pixels, top, pixels, top + line * side, side);
      }
    }
    WritableImage image = new WritableImage(side, side);
    image
        .getPixelWriter()
        .setPixels(
            0, 0, side, side, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels), side);
    return image;
  }

  /**
   * Shows the code in {@code view} at about {@code targetSize} logical pixels, choosing the largest
   * whole number of device pixels per module that fits at the given screen scale.
   */
  public void showIn(ImageView view, double targetSize, double screenScale) {
    int perModule = Math.max(1, (int) Math.floor(targetSize * screenScale / size()));
    WritableImage image = image(perModule);
    view.setSmooth(false);
    view.setPreserveRatio(true);
    view.setImage(image);
    view.setFitWidth(image.getWidth() / screenScale);
    view.setFitHeight(image.getHeight() / screenScale);
  }
}
