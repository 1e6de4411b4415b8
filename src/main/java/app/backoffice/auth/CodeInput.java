package app.backoffice.auth;

import app.backoffice.totp.TotpParameters;
import java.util.Optional;

/**
 * What a person typed in the code field: a six-digit TOTP code, a recovery code, or neither. Spaces
 * and hyphens are ignored, as apps show codes in groups.
 */
sealed interface CodeInput {

  record Totp(String digits) implements CodeInput {}

  record Recovery(String normalized) implements CodeInput {}

  record Invalid() implements CodeInput {}

  static CodeInput parse(String typed) {
    if (typed == null || typed.length() > 64) {
      return new Invalid();
    }
    String compact = typed.strip().replace(" ", "").replace("-", "");
    if (compact.length() == TotpParameters.DIGITS
        && compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new Totp(compact);
    }
    Optional<String> recovery = RecoveryCodes.normalize(typed.strip());
    return recovery.<CodeInput>map(Recovery::new).orElseGet(Invalid::new);
  }
}
