package app.backoffice.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Whatever a person types, parsing and checking it answers a defined result and never throws. */
class InputProperties {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Property(tries = 500)
  void normalisingAnEmailIsIdempotent(@ForAll @StringLength(max = 300) String typed) {
    String once = Emails.normalize(typed);
    assertThat(Emails.normalize(once)).isEqualTo(once);
  }

  @Property(tries = 500)
  void aValidEmailHasNoWhiteSpaceNoColonAndOneAt(@ForAll @StringLength(max = 300) String typed) {
    String normalized = Emails.normalize(typed);
    if (Emails.isValid(normalized)) {
      assertThat(normalized).doesNotContainPattern("\\s").doesNotContain(":");
      assertThat(normalized.chars().filter(c -> c == '@').count()).isEqualTo(1);
      assertThat(normalized.length()).isLessThanOrEqualTo(Emails.MAX_LENGTH);
    }
  }

  @Property(tries = 500)
  void auditFormOfAnyEmailIsOneShortLine(@ForAll @StringLength(max = 2000) String typed) {
    String audited = Emails.forAudit(Emails.normalize(typed));
    assertThat(audited).doesNotContainPattern("\\p{Cntrl}");
    assertThat(audited.length()).isLessThanOrEqualTo(Emails.MAX_LENGTH + 1);
  }

  @Property(tries = 300)
  void passwordPolicyAnswersForAnyInput(@ForAll @StringLength(max = 200) String password) {
    assertThat(policy.check(password, "someone@example.com")).doesNotHaveDuplicates();
  }

  @Property(tries = 300)
  void acceptedPasswordsFitBcrypt(@ForAll @StringLength(max = 100) String password) {
    if (policy.check(password, "someone@example.com").isEmpty()) {
      assertThat(PasswordPolicy.fitsBcrypt(PasswordPolicy.normalize(password))).isTrue();
      assertThat(
              PasswordPolicy.normalize(password)
                  .codePointCount(0, PasswordPolicy.normalize(password).length()))
          .isGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
    }
  }

  @Property(tries = 1000)
  void codeInputIsAlwaysOneOfThreeShapes(@ForAll @StringLength(max = 80) String typed) {
    CodeInput input = CodeInput.parse(typed);
    if (input instanceof CodeInput.Totp totp) {
      assertThat(totp.digits()).matches("[0-9]{6}");
    } else if (input instanceof CodeInput.Recovery recovery) {
      assertThat(recovery.normalized()).matches("[0-9a-hjkmnp-tv-z]{10}");
    } else {
      assertThat(input).isInstanceOf(CodeInput.Invalid.class);
    }
  }

  @Property(tries = 200)
  void everyGeneratedRecoveryCodeNormalisesAndMatchesItsHash(@ForAll("seeds") long seed) {
    RecoveryCodes codes = new RecoveryCodes(seeded(seed));
    for (String code : codes.generate()) {
      assertThat(code).matches("[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}");
      String normalized = RecoveryCodes.normalize(code.toUpperCase(Locale.ROOT)).orElseThrow();
      assertThat(RecoveryCodes.matches(normalized, codes.hash(code))).isTrue();
    }
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  private static SecureRandom seeded(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
