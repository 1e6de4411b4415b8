package app.backoffice.totp;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.totp.TotpVerifier.Verification;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TotpVerifierTest {

  private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  /** Twelve seconds into a step, so that no boundary is near. */
  private static final Instant NOW = Instant.parse("2025-03-03T09:00:12Z");

  private static final long STEP = ReferenceTotp.stepAt(NOW);

  private final TotpVerifier verifier = new TotpVerifier();

  @Test
  void stepOfAnInstantAgreesWithTheReference() {
    assertThat(TotpVerifier.stepAt(NOW)).isEqualTo(STEP);
    assertThat(TotpVerifier.stepAt(Instant.ofEpochSecond(29))).isZero();
    assertThat(TotpVerifier.stepAt(Instant.ofEpochSecond(30))).isEqualTo(1);
  }

  @Test
  void acceptsTheCodeOfTheCurrentStep() {
    assertThat(verify(code(STEP), OptionalLong.empty())).isEqualTo(new Verification.Accepted(STEP));
  }

  @Test
  void acceptsTheCodesOfTheStepsJustBeforeAndAfter() {
    assertThat(verify(code(STEP - 1), OptionalLong.empty()))
        .isEqualTo(new Verification.Accepted(STEP - 1));
    assertThat(verify(code(STEP + 1), OptionalLong.empty()))
        .isEqualTo(new Verification.Accepted(STEP + 1));
  }

  @Test
  void refusesCodesTwoStepsAway() {
    assertThat(verify(code(STEP - 2), OptionalLong.empty())).isEqualTo(new Verification.Wrong());
    assertThat(verify(code(STEP + 2), OptionalLong.empty())).isEqualTo(new Verification.Wrong());
  }

  @Test
  void refusesACodeOfNoStepAsWrong() {
    assertThat(verify(codeOfNoStepNearby(), OptionalLong.empty()))
        .isEqualTo(new Verification.Wrong());
  }

  @Test
  void refusesTheStepLastAcceptedAsReplayed() {
    assertThat(verify(code(STEP), OptionalLong.of(STEP))).isEqualTo(new Verification.Replayed());
  }

  @Test
  void refusesAStepBeforeTheLastAcceptedAsReplayed() {
    assertThat(verify(code(STEP - 1), OptionalLong.of(STEP)))
        .isEqualTo(new Verification.Replayed());
  }

  @Test
  void acceptsTheNextStepAfterTheLastAccepted() {
    assertThat(verify(code(STEP + 1), OptionalLong.of(STEP)))
        .isEqualTo(new Verification.Accepted(STEP + 1));
  }

  @Test
  void refusesEveryStepOnceTheLastAcceptedIsTheNewestInTheWindow() {
    OptionalLong last = OptionalLong.of(STEP + 1);

    for (long step = STEP - 1; step <= STEP + 1; step++) {
      assertThat(verify(code(step), last)).isEqualTo(new Verification.Replayed());
    }
  }

  @Test
  void refusesCodesOfTheWrongLengthWithoutFailing() {
    String code = code(STEP);

    assertThat(verify(code.substring(1), OptionalLong.empty())).isEqualTo(new Verification.Wrong());
    assertThat(verify(code + "0", OptionalLong.empty())).isEqualTo(new Verification.Wrong());
    assertThat(verify("", OptionalLong.empty())).isEqualTo(new Verification.Wrong());
  }

  private Verification verify(String code, OptionalLong lastAcceptedStep) {
    return verifier.verify(SECRET, code, NOW, lastAcceptedStep);
  }

  private static String code(long step) {
    return ReferenceTotp.code(SECRET, step);
  }

  private static String codeOfNoStepNearby() {
    Set<String> nearby = Set.of(code(STEP - 1), code(STEP), code(STEP + 1));
    for (int candidate = 0; ; candidate++) {
      String code = String.format("%06d", candidate);
      if (!nearby.contains(code)) {
        return code;
      }
    }
  }
}
