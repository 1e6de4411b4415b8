package app.backoffice.text;

import java.util.regex.Pattern;

/**
 * Text that is safe to put on a terminal or in a log line: no control characters (which can move
 * the cursor or clear the screen), no invisible formatting (which can reverse the reading
 * direction), and no line breaks (which can forge a second line).
 */
public final class PlainText {

  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

  private PlainText() {}

  /**
   * The text cut to at most {@code max} characters followed by an ellipsis, never between the two
   * halves of a surrogate pair; as it was when it is no longer.
   */
  public static String shortened(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    boolean splitsAPair =
        Character.isHighSurrogate(text.charAt(max - 1))
            && Character.isLowSurrogate(text.charAt(max));
    return text.substring(0, splitsAPair ? max - 1 : max) + "\u2026";
  }

  /** The text with every unsafe character shown as the replacement character. */
  public static String oneLine(String text) {
    return text == null ? "" : UNSAFE.matcher(text).replaceAll("\uFFFD");
  }
}
