package app.backoffice.ui.enable2fa;

import app.backoffice.ui.Screen;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;

/**
 * The "Enable 2FA" popup: the one method, an authenticator app, shown and already chosen. OK goes
 * on to the setup, Cancel (or Escape) closes the popup.
 */
public final class EnableTwoFactorController implements Screen {

  private final Runnable ok;
  private final Runnable cancel;

  @FXML private RadioButton totpOption;
  @FXML private Button okButton;

  public EnableTwoFactorController(Runnable ok, Runnable cancel) {
    this.ok = ok;
    this.cancel = cancel;
  }

  @FXML
  private void initialize() {
    totpOption.setSelected(true);
    okButton.disableProperty().bind(totpOption.selectedProperty().not());
  }

  @FXML
  private void ok() {
    ok.run();
  }

  @FXML
  private void cancel() {
    cancel.run();
  }

  @Override
  public void focusFirst() {
    okButton.requestFocus();
  }
}
