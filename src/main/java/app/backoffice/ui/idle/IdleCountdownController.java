package app.backoffice.ui.idle;

import app.backoffice.ui.Texts;
import java.time.Duration;
import javafx.beans.value.ObservableIntegerValue;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * The countdown over the window when it has been left alone: how many seconds remain before the
 * session ends (or what was typed is cleared), and a button to stay.
 */
public final class IdleCountdownController {

  private final Texts texts;
  private final ObservableIntegerValue secondsLeft;
  private final boolean signedIn;
  private final String after;
  private final Runnable stay;

  @FXML private Label messageLabel;
  @FXML private Label reasonLabel;
  @FXML private Button stayButton;

  /**
   * @param signedIn whether a session would end, rather than a half-finished sign-in be cleared
   * @param timeout the idle time that started the countdown, which the screen explains
   * @param stay what the button does: count as activity
   */
  public IdleCountdownController(
      Texts texts,
      ObservableIntegerValue secondsLeft,
      boolean signedIn,
      Duration timeout,
      Runnable stay) {
    this.texts = texts;
    this.secondsLeft = secondsLeft;
    this.signedIn = signedIn;
    this.after = describe(texts, timeout);
    this.stay = stay;
  }

  @FXML
  private void initialize() {
    messageLabel.setAccessibleRole(AccessibleRole.TEXT);
    showSeconds();
    secondsLeft.addListener((observable, was, is) -> showSeconds());
    reasonLabel.setText(texts.format(signedIn ? "idle.signOutWhy" : "idle.clearWhy", after));
    stayButton.setText(texts.get(signedIn ? "idle.staySignedIn" : "idle.stay"));
  }

  private void showSeconds() {
    int seconds = Math.max(1, secondsLeft.get());
    messageLabel.setText(texts.format(signedIn ? "idle.signOutIn" : "idle.clearIn", seconds));
  }

  @FXML
  private void stay() {
    stay.run();
  }

  public void focusFirst() {
    stayButton.requestFocus();
  }

  /** A timeout as a sentence says it: "2 minutes", "90 seconds", "1 hour". */
  public static String describe(Texts texts, Duration timeout) {
    long seconds = timeout.toSeconds();
    if (seconds % 3600 == 0) {
      return texts.format("idle.hours", seconds / 3600);
    }
    if (seconds % 60 == 0) {
      return texts.format("idle.minutes", seconds / 60);
    }
    return texts.format("idle.seconds", seconds);
  }
}
