package app.backoffice.ui;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/** Reads back a QR code from the pixels a screen drew, the way a phone's camera would. */
public final class QrCodes {

  private QrCodes() {}

  public static String decode(Image image) {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    int[] pixels = new int[width * height];
    PixelReader reader = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        pixels[y * width + x] = reader.getArgb(x, y);
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    try {
      return new QRCodeReader().decode(bitmap).getText();
    } catch (NotFoundException | ChecksumException | FormatException e) {
      throw new AssertionError("The screen's QR code cannot be read back", e);
    }
  }

  /** The query parameters of an {@code otpauth://} key URI, decoded. */
  public static Map<String, String> parameters(String keyUri) {
    Map<String, String> parameters = new LinkedHashMap<>();
    Arrays.stream(URI.create(keyUri).getRawQuery().split("&"))
        .map(pair -> pair.split("=", 2))
        .forEach(
            pair -> parameters.put(pair[0], URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    return parameters;
  }
}
