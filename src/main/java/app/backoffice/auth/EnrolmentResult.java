package app.backoffice.auth;

import java.util.List;

/** What confirming a 2FA enrolment answered. */
public sealed interface EnrolmentResult
    permits EnrolmentResult.Enabled, Outcomes.WrongCode, Outcomes.InvalidCode {

  /** 2FA is on. The recovery codes are shown now and never again. */
  record Enabled(List<String> recoveryCodes) implements EnrolmentResult {
    public Enabled {
      recoveryCodes = List.copyOf(recoveryCodes);
    }

    @Override
    public String toString() {
      return "Enabled[" + recoveryCodes.size() + " recovery codes]";
    }
  }
}
