package app.backoffice.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mindrot.jbcrypt.BCrypt;

class BcryptPasswordHasherTest {

  private static final String PASSWORD = "violet-harbour-42";

  private final SecureRandom random = new SecureRandom();
  private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4, random);

  @Test
  void rightPasswordMatchesItsHash() {
    String hash = hasher.hash(PASSWORD);

    assertThat(hash).startsWith("$2a$04$").hasSize(60);
    assertThat(hasher.matches(PASSWORD, Optional.of(hash))).isTrue();
  }

  @Test
  void wrongPasswordDoesNotMatch() {
    String hash = hasher.hash(PASSWORD);

    assertThat(hasher.matches("violet-harbour-43", Optional.of(hash))).isFalse();
    assertThat(hasher.matches("", Optional.of(hash))).isFalse();
    assertThat(hasher.matches(null, Optional.of(hash))).isFalse();
  }

  @Test
  void eachHashHasItsOwnSalt() {
    assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
  }

  @Test
  void composedAndDecomposedAccentsAreTheSamePassword() {
    String hash = hasher.hash("caf\u00e9-harbour-42");

    assertThat(hasher.matches("cafe\u0301-harbour-42", Optional.of(hash))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not a hash",
        "$2a$",
        "$2a$04$short",
        "$2a$99$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234",
        "$2a$xx$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234",
        "$1$saltsalt$abcdefghijklmnopqrstuv"
      })
  void malformedHashIsAMismatchNotAnError(String hash) {
    assertThat(hasher.matches(PASSWORD, Optional.of(hash))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"$2y$", "$2b$"})
  void hashOfAnotherBcryptRevisionIsAMismatchNotAnError(String prefix) {
    String hash = prefix + hasher.hash(PASSWORD).substring(4);

    assertThat(hasher.matches(PASSWORD, Optional.of(hash))).isFalse();
  }

  @Test
  void passwordLongerThan72BytesNeverMatches() {
    String first72 = "violet-harbour-42-".repeat(4);
    String longer = first72 + "x";
    assertThat(first72.getBytes(StandardCharsets.UTF_8)).hasSize(72);

    String hashOfFirst72 = hasher.hash(first72);
    String hashOfLongerByJbcrypt = BCrypt.hashpw(longer, BCrypt.gensalt(4));

    assertThat(hasher.matches(first72, Optional.of(hashOfFirst72))).isTrue();
    assertThat(hasher.matches(longer, Optional.of(hashOfFirst72))).isFalse();
    assertThat(hasher.matches(longer, Optional.of(hashOfLongerByJbcrypt))).isFalse();
  }

  @Test
  void aPasswordLongerThan72BytesIsNeverHandedToBcryptYetCostsACheck() {
    BcryptWatch watch = new BcryptWatch();
    BcryptPasswordHasher watched = new BcryptPasswordHasher(4, random, watch);
    String hash = watched.hash(PASSWORD);
    String pasted = "violet-harbour-42".repeat(60_000);

    assertThat(watched.matches(pasted, Optional.of(hash))).isFalse();
    assertThat(watched.matches(pasted, Optional.empty())).isFalse();

    assertThat(watch.calls()).isEqualTo(3);
    assertThat(watch.longestPasswordBytes()).isEqualTo(PASSWORD.length());
  }

  @Test
  void aPasswordWithANulNeverMatchesThoughBcryptCannotTellItApart() {
    String stored = "violet-harbour-42";
    String hash = hasher.hash(stored);
    // jBCrypt ends the password with a NUL and repeats it to fill 72 bytes, so these read alike.
    String repeated = stored + "\u0000" + stored;
    String seventyOne = "violet-harbour-".repeat(5).substring(0, 71);
    assertThat(BCrypt.checkpw(repeated, hash)).isTrue();
    assertThat(BCrypt.checkpw(seventyOne + "\u0000", BCrypt.hashpw(seventyOne, hash))).isTrue();

    assertThat(hasher.matches(repeated, Optional.of(hash))).isFalse();
    assertThat(hasher.matches(seventyOne + "\u0000", Optional.of(hasher.hash(seventyOne))))
        .isFalse();
    assertThat(hasher.matches(stored, Optional.of(hash))).isTrue();
  }

  @Test
  void refusesToHashAPasswordWithANul() {
    assertThatThrownBy(() -> hasher.hash("violet\u0000harbour-42"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesToHashMoreThan72Bytes() {
    assertThatThrownBy(() -> hasher.hash("é".repeat(37)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("é");
  }

  @Test
  void noHashNeverMatches() {
    assertThat(hasher.matches(PASSWORD, Optional.empty())).isFalse();
    assertThat(hasher.matches("", Optional.empty())).isFalse();
    assertThat(hasher.matches("x".repeat(100), Optional.empty())).isFalse();
  }

  @Test
  void hashOfALowerCostNeedsRehash() {
    BcryptPasswordHasher stronger = new BcryptPasswordHasher(5, random);

    assertThat(stronger.needsRehash(hasher.hash(PASSWORD))).isTrue();
    assertThat(hasher.needsRehash(hasher.hash(PASSWORD))).isFalse();
    assertThat(hasher.needsRehash(stronger.hash(PASSWORD))).isFalse();
  }

  @Test
  void malformedHashNeedsRehash() {
    assertThat(hasher.needsRehash("")).isTrue();
    assertThat(hasher.needsRehash("$2a$xx$")).isTrue();
  }

  @Test
  void acceptsEveryCostJbcryptCanUse() {
    assertThat(new BcryptPasswordHasher(BcryptPasswordHasher.MIN_COST, random)).isNotNull();
    assertThat(new BcryptPasswordHasher(BcryptPasswordHasher.MAX_COST, random)).isNotNull();
  }

  @Test
  void refusesCostsOutsideBcryptsRange() {
    int tooLow = BcryptPasswordHasher.MIN_COST - 1;
    int tooHigh = BcryptPasswordHasher.MAX_COST + 1;

    assertThatThrownBy(() -> new BcryptPasswordHasher(tooLow, random))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BcryptPasswordHasher(tooHigh, random))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
