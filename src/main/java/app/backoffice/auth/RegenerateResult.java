package app.backoffice.auth;

import java.util.List;

/** What asking for new recovery codes answered. */
public sealed interface RegenerateResult
    permits RegenerateResult.Regenerated, Outcomes.CodeRefusal, Outcomes.InvalidCode {

  /** The old codes no longer work; these are shown now and never again. */
  record Regenerated(List<String> recoveryCodes) implements RegenerateResult {
    public Regenerated {
      recoveryCodes = List.copyOf(recoveryCodes);
    }

    @Override
    public String toString() {
      return "Regenerated[" + recoveryCodes.size() + " recovery codes]";
    }
  }
}
