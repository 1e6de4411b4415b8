package app.backoffice.ui.code;

import app.backoffice.ui.BusyButton;
import app.backoffice.ui.CodeFields;
import app.backoffice.ui.Messages;
import app.backoffice.ui.Screen;
import app.backoffice.ui.UiContext;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** The code step of signing in. */
public final class CodeController implements Screen {

  private final UiContext ui;
  private final CodeViewModel model;
  private final Runnable back;

  @FXML private Label accountLabel;
  @FXML private Label promptLabel;
  @FXML private TextField codeField;
  @FXML private TextField recoveryField;
  @FXML private Label errorLabel;
  @FXML private Label clockHintLabel;
  @FXML private Button verifyButton;
  @FXML private Button backButton;
  @FXML private Hyperlink switchLink;
  @FXML private ProgressIndicator progress;

  public CodeController(UiContext ui, CodeViewModel model, Runnable back) {
    this.ui = ui;
    this.model = model;
    this.back = back;
  }

  @FXML
  private void initialize() {
    accountLabel.setText(ui.texts().format("code.account", model.email()));
    CodeFields.sixDigits(codeField);
    CodeFields.recoveryCode(recoveryField);
    codeField.textProperty().bindBidirectional(model.code());
    recoveryField.textProperty().bindBidirectional(model.code());
    codeField.visibleProperty().bind(model.recoveryMode().not());
    codeField.managedProperty().bind(codeField.visibleProperty());
    recoveryField.visibleProperty().bind(model.recoveryMode());
    recoveryField.managedProperty().bind(recoveryField.visibleProperty());
    promptLabel
        .textProperty()
        .bind(
            Bindings.when(model.recoveryMode())
                .then(ui.texts().get("code.recoveryPrompt"))
                .otherwise(ui.texts().get("code.prompt")));
    switchLink
        .textProperty()
        .bind(
            Bindings.when(model.recoveryMode())
                .then(ui.texts().get("code.useApp"))
                .otherwise(ui.texts().get("code.useRecovery")));
    Messages.show(errorLabel, model.error());
    clockHintLabel.visibleProperty().bind(model.clockHint());
    clockHintLabel.managedProperty().bind(clockHintLabel.visibleProperty());
    codeField.disableProperty().bind(model.busy());
    recoveryField.disableProperty().bind(model.busy());
    verifyButton.disableProperty().bind(model.busy());
    switchLink.disableProperty().bind(model.busy());
    backButton.disableProperty().bind(model.busy());
    BusyButton.spin(progress, model.busy());
    // After a refused code the field is empty again and the next try starts at once.
    model
        .busy()
        .addListener(
            (observable, was, is) -> {
              if (!is) {
                focusFirst();
              }
            });
  }

  @FXML
  private void verify() {
    model.submit();
  }

  @FXML
  private void switchMode() {
    model.toggleRecoveryMode();
    // The link switches back and forth; it is never "visited", which the theme greys out.
    switchLink.setVisited(false);
    focusFirst();
    // The field that had the focus was just hidden; the scene moves the focus away from it on its
    // next pulse, so ask again after that.
    Platform.runLater(this::focusFirst);
  }

  @FXML
  private void back() {
    back.run();
  }

  @Override
  public void focusFirst() {
    (model.recoveryMode().get() ? recoveryField : codeField).requestFocus();
  }
}
