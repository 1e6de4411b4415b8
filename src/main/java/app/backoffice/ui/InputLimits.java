package app.backoffice.ui;

import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;

/**
 * Upper bounds on what a field holds, so that a pasted megabyte never reaches a list of rules, a
 * hash or the store. The bounds sit above what the rules allow, so that a too-long password still
 * gets its own message rather than being cut silently.
 */
public final class InputLimits {

  /** An email address has at most 254 characters (RFC 5321). */
  public static final int EMAIL = 254;

  /** Far above the 72 bytes a password may have, so the policy can say it is too long. */
  public static final int PASSWORD = 256;

  private InputLimits() {}

  public static void email(TextInputControl... fields) {
    limit(EMAIL, fields);
  }

  public static void password(TextInputControl... fields) {
    limit(PASSWORD, fields);
  }

  private static void limit(int max, TextInputControl... fields) {
    for (TextInputControl field : fields) {
      // JavaFX drops control characters from a text field by itself, but only after the formatter
      // has seen the change, and a paste of nothing but control characters over a selection then
      // fails inside JavaFX (an exception instead of an empty field); no rule accepts them anyway.
      field.setTextFormatter(
          new TextFormatter<String>(keeping(c -> !Character.isISOControl(c), max)));
    }
  }

  /**
   * A formatter's filter that keeps only the characters {@code allowed} accepts from what is typed
   * or pasted, and at most what leaves the field {@code max} characters long.
   */
  static UnaryOperator<TextFormatter.Change> keeping(IntPredicate allowed, int max) {
    return change -> {
      if (!change.isContentChange()) {
        return change;
      }
      String text = change.getText();
      if (!text.codePoints().allMatch(allowed)) {
        text =
            text.codePoints()
                .filter(allowed)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
      }
      int room =
          max
              - (change.getControlText().length()
                  - (change.getRangeEnd() - change.getRangeStart()));
      if (text.length() > room) {
        text = text.substring(0, Math.max(0, room));
      }
      if (!text.equals(change.getText())) {
        change.setText(text);
        int caret = change.getRangeStart() + text.length();
        change.selectRange(caret, caret);
      }
      return change;
    };
  }
}
