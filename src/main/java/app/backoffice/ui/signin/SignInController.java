package app.backoffice.ui.signin;

import app.backoffice.ui.BusyButton;
import app.backoffice.ui.CapsLockWarning;
import app.backoffice.ui.InputLimits;
import app.backoffice.ui.Messages;
import app.backoffice.ui.PasswordReveal;
import app.backoffice.ui.Screen;
import app.backoffice.ui.UiContext;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** The sign-in screen: binds the form to its view model. */
public final class SignInController implements Screen {

  private final UiContext ui;
  private final SignInViewModel model;

  @FXML private Label noticeLabel;
  @FXML private Label emailLabel;
  @FXML private TextField emailField;
  @FXML private Label passwordLabel;
  @FXML private PasswordField passwordField;
  @FXML private TextField passwordText;
  @FXML private CheckBox showPasswordCheck;
  @FXML private Label capsLockLabel;
  @FXML private Label errorLabel;
  @FXML private Button signInButton;
  @FXML private ProgressIndicator progress;

  public SignInController(UiContext ui, SignInViewModel model) {
    this.ui = ui;
    this.model = model;
  }

  @FXML
  private void initialize() {
    emailLabel.setLabelFor(emailField);
    passwordLabel.setLabelFor(passwordField);
    emailField.textProperty().bindBidirectional(model.email());
    passwordField.textProperty().bindBidirectional(model.password());
    InputLimits.email(emailField);
    InputLimits.password(passwordField, passwordText);
    PasswordReveal.wire(passwordField, passwordText, showPasswordCheck);
    CapsLockWarning.watch(ui.host(), capsLockLabel, passwordField, passwordText);

    Messages.show(noticeLabel, model.notice());
    Messages.show(errorLabel, model.error());
    emailField.disableProperty().bind(model.busy());
    passwordField.disableProperty().bind(model.busy());
    passwordText.disableProperty().bind(model.busy());
    BusyButton.bind(signInButton, progress, model.busy());

    // A refused attempt empties the password: put the cursor back where the user types again.
    model
        .error()
        .addListener(
            (observable, was, is) -> {
              if (!is.isEmpty()) {
                focusFirst();
              }
            });
  }

  @FXML
  private void signIn() {
    model.submit();
  }

  @Override
  public void focusFirst() {
    if (model.email().get().isBlank()
        || model.error().get().equals(ui.texts().get("common.requiredEmail"))) {
      emailField.requestFocus();
    } else {
      (showPasswordCheck.isSelected() ? passwordText : passwordField).requestFocus();
    }
  }
}
