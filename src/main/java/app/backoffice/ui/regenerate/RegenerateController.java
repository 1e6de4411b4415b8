package app.backoffice.ui.regenerate;

import app.backoffice.auth.Outcomes;
import app.backoffice.auth.RegenerateResult;
import app.backoffice.auth.Session;
import app.backoffice.ui.BusyButton;
import app.backoffice.ui.CodeFields;
import app.backoffice.ui.CodeRefusals;
import app.backoffice.ui.Messages;
import app.backoffice.ui.Screen;
import app.backoffice.ui.UiContext;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** Replacing the recovery codes, confirmed with a current code from the authenticator app. */
public final class RegenerateController implements Screen {

  private final UiContext ui;
  private final Session session;
  private final Consumer<List<String>> regenerated;
  private final Runnable cancel;
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");

  @FXML private Label codeLabel;
  @FXML private TextField codeField;
  @FXML private Label errorLabel;
  @FXML private Button regenerateButton;
  @FXML private ProgressIndicator progress;

  /**
   * @param regenerated told the new codes, which are in force from now on
   */
  public RegenerateController(
      UiContext ui, Session session, Consumer<List<String>> regenerated, Runnable cancel) {
    this.ui = ui;
    this.session = session;
    this.regenerated = regenerated;
    this.cancel = cancel;
  }

  @FXML
  private void initialize() {
    codeLabel.setLabelFor(codeField);
    CodeFields.sixDigits(codeField);
    Messages.show(errorLabel, error);
    codeField.disableProperty().bind(busy);
    regenerateButton.disableProperty().bind(busy);
    BusyButton.spin(progress, busy);
  }

  @FXML
  private void regenerate() {
    if (busy.get()) {
      return;
    }
    String code = codeField.getText();
    if (code.length() != 6) {
      refuse(ui.texts().get("code.invalid"));
      return;
    }
    error.set("");
    ui.background()
        .run(
            busy,
            () -> ui.accounts().regenerateRecoveryCodes(session, code),
            this::answered,
            error::set);
  }

  private void answered(RegenerateResult result) {
    if (result instanceof RegenerateResult.Regenerated fresh) {
      regenerated.accept(fresh.recoveryCodes());
    } else if (result instanceof Outcomes.CodeRefusal refusal) {
      codeField.clear();
      refuse(CodeRefusals.message(ui.texts(), refusal));
    } else {
      refuse(ui.texts().get("code.invalid"));
    }
  }

  private void refuse(String message) {
    error.set(message);
    codeField.requestFocus();
  }

  @FXML
  private void cancel() {
    cancel.run();
  }

  @Override
  public void focusFirst() {
    codeField.requestFocus();
  }
}
