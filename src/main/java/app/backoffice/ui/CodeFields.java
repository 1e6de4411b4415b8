package app.backoffice.ui;

import java.util.function.UnaryOperator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;

/** Input rules for code fields, so that a field cannot hold what no code looks like. */
public final class CodeFields {

  /** A recovery code is {@code xxxxx-xxxxx}: 10 letters and digits and a hyphen, some spaces. */
  public static final int RECOVERY_MAX_LENGTH = 13;

  private CodeFields() {}

  /** Digits only, at most six; pasted text keeps its digits ("123 456" becomes "123456"). */
  public static void sixDigits(TextField field) {
    field.setTextFormatter(new TextFormatter<>(keep("[0-9]", 6)));
  }

  /**
   * Letters, digits, hyphens and spaces, at most {@link #RECOVERY_MAX_LENGTH} characters: a
   * recovery code, or a six-digit code where a screen takes either.
   */
  public static void recoveryCode(TextField field) {
    field.setTextFormatter(new TextFormatter<>(keep("[A-Za-z0-9 -]", RECOVERY_MAX_LENGTH)));
  }

  private static UnaryOperator<TextFormatter.Change> keep(String allowed, int maxLength) {
    return change -> {
      if (!change.isContentChange()) {
        return change;
      }
      String added =
          change
              .getText()
              .codePoints()
              .filter(c -> Character.toString(c).matches(allowed))
              .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
              .toString();
      int room =
          maxLength
              - (change.getControlText().length()
                  - (change.getRangeEnd() - change.getRangeStart()));
      if (added.length() > room) {
        added = added.substring(0, Math.max(0, room));
      }
      change.setText(added);
      int caret = change.getRangeStart() + added.length();
      change.setCaretPosition(caret);
      change.setAnchor(caret);
      return change;
    };
  }
}
