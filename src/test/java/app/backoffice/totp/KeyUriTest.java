package app.backoffice.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyUriTest {

  private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  @Test
  void spellsOutIssuerAccountSecretAndParameters() {
    String uri = KeyUri.of("Back Office", "alice@example.com", SECRET);

    assertThat(uri)
        .isEqualTo(
            "otpauth://totp/Back%20Office:alice%40example.com?secret="
                + SECRET
                + "&issuer=Back%20Office&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void encodesSpacesAsPercentTwentyAndPlusSignsLiterally() {
    String uri = KeyUri.of("Acme Back Office", "bob+test@example.com", SECRET);

    assertThat(uri)
        .startsWith("otpauth://totp/Acme%20Back%20Office:bob%2Btest%40example.com?")
        .contains("&issuer=Acme%20Back%20Office&")
        .doesNotContain("+");
  }

  @Test
  void encodesNonAsciiAsUtf8() {
    String uri = KeyUri.of("Bureau", "zoë@example.com", SECRET);

    assertThat(uri).startsWith("otpauth://totp/Bureau:zo%C3%AB%40example.com?");
  }

  @Test
  void refusesColonInIssuer() {
    assertThatThrownBy(() -> KeyUri.of("Back:Office", "alice@example.com", SECRET))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesColonInAccountName() {
    assertThatThrownBy(() -> KeyUri.of("Back Office", "alice:x@example.com", SECRET))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
