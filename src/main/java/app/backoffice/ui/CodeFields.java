package app.backoffice.ui;

import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;

/** Input rules for code fields, so that a field cannot hold what no code looks like. */
public final class CodeFields {

  /** A recovery code is {@code xxxxx-xxxxx}: 10 letters and digits and a hyphen, some spaces. */
  public static final int RECOVERY_MAX_LENGTH = 13;

  private CodeFields() {}

  /** Digits only, at most six; pasted text keeps its digits ("123 456" becomes "123456"). */
  public static void sixDigits(TextField field) {
    field.setTextFormatter(new TextFormatter<>(InputLimits.keeping(c -> c >= '0' && c <= '9', 6)));
  }

  /**
   * Letters, digits, hyphens and spaces, at most {@link #RECOVERY_MAX_LENGTH} characters: a
   * recovery code, or a six-digit code where a screen takes either.
   */
  public static void recoveryCode(TextField field) {
    field.setTextFormatter(
        new TextFormatter<>(InputLimits.keeping(CodeFields::inRecoveryCode, RECOVERY_MAX_LENGTH)));
  }

  private static boolean inRecoveryCode(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == ' '
        || c == '-';
  }
}
