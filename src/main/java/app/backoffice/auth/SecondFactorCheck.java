package app.backoffice.auth;

import app.backoffice.auth.Outcomes.CodeRefusal;
import app.backoffice.auth.Outcomes.Locked;
import app.backoffice.auth.Outcomes.ReplayedCode;
import app.backoffice.auth.Outcomes.WrongCode;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.Repositories;
import app.backoffice.store.StoredRecoveryCode;
import app.backoffice.store.User;
import app.backoffice.totp.TotpVerifier;
import app.backoffice.totp.TotpVerifier.Verification;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks the second factor of an enrolled user inside a unit of work: a TOTP code, which is then
 * spent (its step stored, so that it never passes again), or a recovery code, which is used up.
 */
final class SecondFactorCheck {

  /** Which second factor passed, or why none did. */
  enum Result {
    TOTP,
    RECOVERY_CODE,
    REPLAYED,
    WRONG
  }

  private final TotpVerifier verifier = new TotpVerifier();
  private final AuditTrail audit;
  private final Attempts attempts;

  SecondFactorCheck(AuditTrail audit, Attempts attempts) {
    this.audit = audit;
    this.attempts = attempts;
  }

  Result check(
      Repositories repositories, User user, CodeInput input, Instant now, boolean allowRecovery) {
    if (input instanceof CodeInput.Totp totp) {
      return checkTotp(repositories, user, totp.digits(), now);
    }
    if (allowRecovery && input instanceof CodeInput.Recovery recovery) {
      return useRecoveryCode(repositories, user, recovery.normalized(), now);
    }
    return Result.WRONG;
  }

  private Result checkTotp(Repositories repositories, User user, String digits, Instant now) {
    String secret = repositories.users().totpSecret(user.id()).orElseThrow();
    Verification verification = verifier.verify(secret, digits, now, user.lastTotpStep());
    if (verification instanceof Verification.Accepted accepted) {
      repositories.users().updateLastTotpStep(user.id(), accepted.step());
      audit.record(repositories, now, AuditEvent.TOTP_SUCCEEDED, user.email(), user.id(), "");
      return Result.TOTP;
    }
    return verification instanceof Verification.Replayed ? Result.REPLAYED : Result.WRONG;
  }

  private Result useRecoveryCode(
      Repositories repositories, User user, String normalized, Instant now) {
    for (StoredRecoveryCode stored : repositories.recoveryCodes().unused(user.id())) {
      if (RecoveryCodes.matches(normalized, stored.code())
          && repositories.recoveryCodes().markUsed(stored.id(), now)) {
        int left = repositories.recoveryCodes().countUnused(user.id());
        audit.record(
            repositories,
            now,
            AuditEvent.RECOVERY_CODE_USED,
            user.email(),
            user.id(),
            left + " left");
        return Result.RECOVERY_CODE;
      }
    }
    return Result.WRONG;
  }

  /**
   * The answer to a second factor that did not pass, audited; a wrong one is counted as a failed
   * attempt, a replayed one is not, since it proves the device is at hand.
   *
   * @param context the operation that asked for the code, for the audit log
   * @return empty when the factor passed
   */
  Optional<CodeRefusal> refusal(
      Repositories repositories,
      User user,
      CodeInput input,
      Result factor,
      String context,
      Instant now) {
    return switch (factor) {
      case TOTP, RECOVERY_CODE -> Optional.empty();
      case REPLAYED -> {
        audit.record(
            repositories, now, AuditEvent.TOTP_REPLAY_REFUSED, user.email(), user.id(), context);
        yield Optional.of(new ReplayedCode());
      }
      case WRONG -> {
        String detail = (input instanceof CodeInput.Recovery ? "recovery code, " : "") + context;
        yield Optional.of(
            attempts
                .fail(
                    repositories,
                    user.email(),
                    true,
                    OptionalLong.of(user.id()),
                    AuditEvent.TOTP_FAILED,
                    detail,
                    now)
                .<CodeRefusal>map(Locked::new)
                .orElseGet(WrongCode::new));
      }
    };
  }
}
