package app.backoffice.totp;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Checks a six-digit code against a secret and tells which time step it belongs to, so that a code
 * is accepted once and never again (RFC 6238, section 5.2).
 *
 * <p>The current step and one step either side are accepted, for clocks that drift a little.
 *
 * <p>What is remembered is the highest step spent, not a time: after the clock is set back, every
 * code up to that step stays refused, used or not, until the clock has caught up. Meanwhile a
 * recovery code still signs in.
 */
public final class TotpVerifier {

  /** How many steps either side of the current one are accepted. */
  static final int WINDOW = 1;

  private final CodeGenerator generator =
      new DefaultCodeGenerator(HashingAlgorithm.SHA1, TotpParameters.DIGITS);

  /** The time step an instant falls in. */
  public static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), TotpParameters.PERIOD_SECONDS);
  }

  /**
   * Checks a code of exactly six ASCII digits.
   *
   * @param lastAcceptedStep the step of the code this secret last accepted, if any: that step and
   *     every one before it are refused as replays
   */
  public Verification verify(
      String secret, String code, Instant now, OptionalLong lastAcceptedStep) {
    long current = stepAt(now);
    OptionalLong fresh = OptionalLong.empty();
    boolean matchedUsedStep = false;
    // Every step in the window is computed and compared, whatever matches, so that the time taken
    // says nothing about which step matched.
    for (long step = current - WINDOW; step <= current + WINDOW; step++) {
      if (!sameCode(generate(secret, step), code)) {
        continue;
      }
      boolean used = lastAcceptedStep.isPresent() && step <= lastAcceptedStep.getAsLong();
      if (used) {
        matchedUsedStep = true;
      } else if (fresh.isEmpty()) {
        fresh = OptionalLong.of(step);
      }
    }
    if (fresh.isPresent()) {
      return new Verification.Accepted(fresh.getAsLong());
    }
    return matchedUsedStep ? new Verification.Replayed() : new Verification.Wrong();
  }

  private String generate(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("cannot compute a TOTP code", e);
    }
  }

  private static boolean sameCode(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }

  /** What a code turned out to be. */
  public sealed interface Verification {

    /** A fresh code; the step is to be stored as the last accepted one. */
    record Accepted(long step) implements Verification {}

    /** A right code whose step was already used. */
    record Replayed() implements Verification {}

    /** Not a code for this secret at this time. */
    record Wrong() implements Verification {}
  }
}
