package app.backoffice.ui;

import app.backoffice.auth.Outcomes;

/** The sentence for a refused second factor, the same on every screen that asks for a code. */
public final class CodeRefusals {

  private CodeRefusals() {}

  public static String message(Texts texts, Outcomes.CodeRefusal refusal) {
    if (refusal instanceof Outcomes.ReplayedCode) {
      return texts.get("code.replayed");
    }
    if (refusal instanceof Outcomes.Locked locked) {
      return texts.format("code.locked", texts.dateTime(locked.until()));
    }
    return texts.get("code.wrong");
  }
}
