package app.backoffice.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private static final String SECRET = SqliteFixtures.SECRET;

  private final SecureRandom random = new SecureRandom();
  private final SecretCipher cipher = new SecretCipher(key((byte) 1), random);

  private static byte[] key(byte fill) {
    byte[] key = new byte[SecretCipher.KEY_BYTES];
    Arrays.fill(key, fill);
    return key;
  }

  @Test
  void sealedSecretOpensForTheSameUser() {
    byte[] sealed = cipher.seal(7, SECRET);

    assertThat(cipher.open(7, sealed)).isEqualTo(SECRET);
  }

  @Test
  void sealedSecretHoldsNoPlainText() {
    byte[] sealed = cipher.seal(7, SECRET);

    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
    assertThat(sealed).hasSize(1 + 12 + SECRET.length() + 16);
  }

  @Test
  void sealingTwiceGivesDifferentCiphertexts() {
    assertThat(cipher.seal(7, SECRET)).isNotEqualTo(cipher.seal(7, SECRET));
  }

  @Test
  void sealedSecretDoesNotOpenForAnotherUser() {
    byte[] sealed = cipher.seal(7, SECRET);

    assertThatThrownBy(() -> cipher.open(8, sealed))
        .isInstanceOf(SecretCipher.WrongKeyException.class);
  }

  @Test
  void sealedSecretDoesNotOpenWithAnotherKey() {
    byte[] sealed = cipher.seal(7, SECRET);
    SecretCipher other = new SecretCipher(key((byte) 2), random);

    assertThatThrownBy(() -> other.open(7, sealed))
        .isInstanceOf(SecretCipher.WrongKeyException.class);
  }

  @Test
  void tamperedCiphertextDoesNotOpen() {
    byte[] sealed = cipher.seal(7, SECRET);
    sealed[sealed.length - 20] ^= 1;

    assertThatThrownBy(() -> cipher.open(7, sealed))
        .isInstanceOf(SecretCipher.WrongKeyException.class);
  }

  @Test
  void tooShortOrUnknownVersionDoesNotOpen() {
    byte[] sealed = cipher.seal(7, SECRET);
    byte[] otherVersion = sealed.clone();
    otherVersion[0] = 2;

    assertThatThrownBy(() -> cipher.open(7, new byte[10]))
        .isInstanceOf(SecretCipher.WrongKeyException.class);
    assertThatThrownBy(() -> cipher.open(7, otherVersion))
        .isInstanceOf(SecretCipher.WrongKeyException.class);
  }

  @Test
  void keyMustHave32Bytes() {
    assertThatThrownBy(() -> new SecretCipher(new byte[16], random))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
