package app.backoffice.ui.firstrun;

import app.backoffice.ui.BusyButton;
import app.backoffice.ui.CapsLockWarning;
import app.backoffice.ui.InputLimits;
import app.backoffice.ui.Messages;
import app.backoffice.ui.PasswordReveal;
import app.backoffice.ui.Screen;
import app.backoffice.ui.UiContext;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The first-run screen: binds the form to its view model. */
public final class FirstRunController implements Screen {

  private final UiContext ui;
  private final FirstRunViewModel model;

  @FXML private Label emailLabel;
  @FXML private TextField emailField;
  @FXML private Label passwordLabel;
  @FXML private PasswordField passwordField;
  @FXML private TextField passwordText;
  @FXML private Label confirmLabel;
  @FXML private PasswordField confirmField;
  @FXML private TextField confirmText;
  @FXML private CheckBox showPasswordCheck;
  @FXML private Label capsLockLabel;
  @FXML private VBox policyBox;
  @FXML private Label errorLabel;
  @FXML private Button createButton;
  @FXML private ProgressIndicator progress;

  public FirstRunController(UiContext ui, FirstRunViewModel model) {
    this.ui = ui;
    this.model = model;
  }

  @FXML
  private void initialize() {
    emailLabel.setLabelFor(emailField);
    passwordLabel.setLabelFor(passwordField);
    confirmLabel.setLabelFor(confirmField);
    emailField.textProperty().bindBidirectional(model.email());
    passwordField.textProperty().bindBidirectional(model.rules().password());
    confirmField.textProperty().bindBidirectional(model.rules().confirmation());
    InputLimits.email(emailField);
    InputLimits.password(passwordField, passwordText, confirmField, confirmText);
    PasswordReveal.wire(passwordField, passwordText, showPasswordCheck);
    PasswordReveal.wire(confirmField, confirmText, showPasswordCheck);
    CapsLockWarning.watch(
        ui.host(), capsLockLabel, passwordField, passwordText, confirmField, confirmText);
    model.rules().showIn(policyBox);
    Messages.show(errorLabel, model.error());
    for (Node control :
        new Node[] {emailField, passwordField, passwordText, confirmField, confirmText}) {
      control.disableProperty().bind(model.busy());
    }
    BusyButton.bind(createButton, progress, model.busy());
  }

  @FXML
  private void create() {
    model.submit();
  }

  @Override
  public void focusFirst() {
    emailField.requestFocus();
  }
}
