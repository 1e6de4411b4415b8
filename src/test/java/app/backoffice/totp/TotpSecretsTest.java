package app.backoffice.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TotpSecretsTest {

  @Test
  void secretIsThirtyTwoBase32CharactersHolding160Bits() {
    String secret = new TotpSecrets(new SecureRandom()).generate();

    assertThat(secret).hasSize(32).matches("[A-Z2-7]{32}");
    assertThat(ReferenceTotp.decodeBase32(secret)).hasSize(20);
  }

  @Test
  void secretComesFromTheGivenRandomSource() {
    SecureRandom allOnes =
        new SecureRandom() {
          @Override
          public void nextBytes(byte[] bytes) {
            Arrays.fill(bytes, (byte) 0xff);
          }
        };

    assertThat(new TotpSecrets(allOnes).generate()).isEqualTo("7".repeat(32));
  }

  @Test
  void twoSecretsDiffer() {
    TotpSecrets secrets = new TotpSecrets(new SecureRandom());

    assertThat(secrets.generate()).isNotEqualTo(secrets.generate());
  }
}
