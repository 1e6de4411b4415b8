package app.backoffice.ui.recommend;

import app.backoffice.ui.Screen;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * Shown right after signing in to an account without 2FA: recommends turning it on, or, when the
 * administrator requires it, leaves only enrolling or signing out.
 */
public final class RecommendationController implements Screen {

  private final boolean mandatory;
  private final Runnable enable;
  private final Runnable later;
  private final Runnable signOut;

  @FXML private Label mandatoryLabel;
  @FXML private Button enableButton;
  @FXML private Button laterButton;
  @FXML private Button signOutButton;

  public RecommendationController(
      boolean mandatory, Runnable enable, Runnable later, Runnable signOut) {
    this.mandatory = mandatory;
    this.enable = enable;
    this.later = later;
    this.signOut = signOut;
  }

  @FXML
  private void initialize() {
    mandatoryLabel.setVisible(mandatory);
    mandatoryLabel.setManaged(mandatory);
    laterButton.setVisible(!mandatory);
    laterButton.setManaged(!mandatory);
    laterButton.setCancelButton(!mandatory);
    signOutButton.setVisible(mandatory);
    signOutButton.setManaged(mandatory);
  }

  @FXML
  private void enable() {
    enable.run();
  }

  @FXML
  private void later() {
    later.run();
  }

  @FXML
  private void signOut() {
    signOut.run();
  }

  @Override
  public void focusFirst() {
    enableButton.requestFocus();
  }
}
