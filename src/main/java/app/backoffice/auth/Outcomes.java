package app.backoffice.auth;

import java.time.Instant;
import java.util.List;

/**
 * The outcomes that several operations share. Each operation's result type lists which of these it
 * can answer, so that a screen handles every case the compiler knows of.
 */
public final class Outcomes {

  private Outcomes() {}

  /**
   * Why a second factor did not pass, in any operation that asks for one: the code was wrong, was
   * used before, or its failure locked the account.
   */
  public sealed interface CodeRefusal extends CodeResult, DisableTwoFactorResult, RegenerateResult
      permits WrongCode, ReplayedCode, Locked {}

  /** The password was wrong; counted as a failed attempt. */
  public record WrongPassword() implements PasswordChangeResult, DisableTwoFactorResult {}

  /** The code was not right for this account now; counted as a failed attempt. */
  public record WrongCode() implements CodeRefusal, EnrolmentResult {}

  /** The code was right but already used: wait for the app to show the next one. */
  public record ReplayedCode() implements CodeRefusal {}

  /** What was typed is neither six digits nor a recovery code; not counted as an attempt. */
  public record InvalidCode()
      implements CodeResult, EnrolmentResult, DisableTwoFactorResult, RegenerateResult {}

  /** Too many failures: no attempt is checked until the lock ends. */
  public record Locked(Instant until) implements SignInResult, PasswordChangeResult, CodeRefusal {}

  /** The new password breaks these rules of the policy. */
  public record WeakPassword(List<PasswordProblem> problems) implements PasswordChangeResult {
    public WeakPassword {
      problems = List.copyOf(problems);
    }
  }
}
