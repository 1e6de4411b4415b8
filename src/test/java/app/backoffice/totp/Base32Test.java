package app.backoffice.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

  /** RFC 4648 section 10, with the padding removed as authenticator apps expect. */
  @ParameterizedTest(name = "\"{0}\" encodes to \"{1}\"")
  @CsvSource(
      value = {
        "'',''",
        "f,MY",
        "fo,MZXQ",
        "foo,MZXW6",
        "foob,MZXW6YQ",
        "fooba,MZXW6YTB",
        "foobar,MZXW6YTBOI"
      })
  void encodesTheRfc4648VectorsWithoutPadding(String text, String expected) {
    assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} bytes")
  @CsvSource({"1", "5", "19", "20", "32", "64"})
  void everyByteValueSurvivesARoundTrip(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (255 - i * 7);
    }

    String encoded = Base32.encode(bytes);

    assertThat(encoded).matches("[A-Z2-7]*").hasSize((length * 8 + 4) / 5);
    assertThat(ReferenceTotp.decodeBase32(encoded)).isEqualTo(bytes);
  }
}
