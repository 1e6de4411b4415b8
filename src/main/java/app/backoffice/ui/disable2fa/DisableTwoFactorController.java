package app.backoffice.ui.disable2fa;

import app.backoffice.auth.DisableTwoFactorResult;
import app.backoffice.auth.Outcomes;
import app.backoffice.auth.Session;
import app.backoffice.ui.BusyButton;
import app.backoffice.ui.CapsLockWarning;
import app.backoffice.ui.CodeFields;
import app.backoffice.ui.CodeRefusals;
import app.backoffice.ui.InputLimits;
import app.backoffice.ui.Messages;
import app.backoffice.ui.Screen;
import app.backoffice.ui.UiContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/**
 * Switching 2FA off: the current password and a current code (or a recovery code) prove it is the
 * account's owner and not someone at an unlocked desk.
 */
public final class DisableTwoFactorController implements Screen {

  private final UiContext ui;
  private final Session session;
  private final Runnable disabled;
  private final Runnable cancel;
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");

  @FXML private Label passwordLabel;
  @FXML private PasswordField passwordField;
  @FXML private Label capsLockLabel;
  @FXML private Label codeLabel;
  @FXML private TextField codeField;
  @FXML private Label errorLabel;
  @FXML private Button disableButton;
  @FXML private ProgressIndicator progress;

  public DisableTwoFactorController(
      UiContext ui, Session session, Runnable disabled, Runnable cancel) {
    this.ui = ui;
    this.session = session;
    this.disabled = disabled;
    this.cancel = cancel;
  }

  @FXML
  private void initialize() {
    passwordLabel.setLabelFor(passwordField);
    codeLabel.setLabelFor(codeField);
    InputLimits.password(passwordField);
    CodeFields.recoveryCode(codeField);
    CapsLockWarning.watch(ui.host(), capsLockLabel, passwordField);
    Messages.show(errorLabel, error);
    for (Node control : new Node[] {passwordField, codeField, disableButton}) {
      control.disableProperty().bind(busy);
    }
    BusyButton.spin(progress, busy);
  }

  @FXML
  private void disable() {
    if (busy.get()) {
      return;
    }
    String password = passwordField.getText();
    String code = codeField.getText();
    if (password.isEmpty()) {
      refuse(ui.texts().get("common.requiredPassword"), passwordField);
    } else if (code.isBlank()) {
      refuse(ui.texts().get("disable.requiredCode"), codeField);
    } else {
      error.set("");
      ui.background()
          .run(
              busy,
              () -> ui.accounts().disableTwoFactor(session, password, code),
              this::answered,
              error::set);
    }
  }

  private void answered(DisableTwoFactorResult result) {
    if (result instanceof DisableTwoFactorResult.TwoFactorDisabled) {
      disabled.run();
    } else if (result instanceof Outcomes.WrongPassword) {
      passwordField.clear();
      refuse(ui.texts().get("disable.wrongPassword"), passwordField);
    } else if (result instanceof Outcomes.CodeRefusal refusal) {
      codeField.clear();
      refuse(CodeRefusals.message(ui.texts(), refusal), codeField);
    } else {
      refuse(ui.texts().get("disable.invalidCode"), codeField);
    }
  }

  private void refuse(String message, TextField field) {
    error.set(message);
    field.requestFocus();
  }

  @FXML
  private void cancel() {
    cancel.run();
  }

  @Override
  public void focusFirst() {
    passwordField.requestFocus();
  }
}
