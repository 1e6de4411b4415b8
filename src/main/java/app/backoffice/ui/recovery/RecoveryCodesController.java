package app.backoffice.ui.recovery;

import app.backoffice.ui.Messages;
import app.backoffice.ui.Screen;
import app.backoffice.ui.UiContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The recovery codes, shown once: copy them, save them to a file, and confirm they are stored
 * before leaving.
 */
public final class RecoveryCodesController implements Screen {

  private final UiContext ui;
  private final String email;
  private final List<String> codes;
  private final Runnable done;
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty notice = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  @FXML private GridPane codesGrid;
  @FXML private Label noticeLabel;
  @FXML private Label errorLabel;
  @FXML private Label bodyLabel;
  @FXML private HBox keepButtons;
  @FXML private Button copyButton;
  @FXML private Button saveButton;
  @FXML private CheckBox storedCheck;
  @FXML private Button doneButton;

  public RecoveryCodesController(UiContext ui, String email, List<String> codes, Runnable done) {
    this.ui = ui;
    this.email = email;
    this.codes = List.copyOf(codes);
    this.done = done;
  }

  @FXML
  private void initialize() {
    int rows = (codes.size() + 1) / 2;
    for (int i = 0; i < codes.size(); i++) {
      Label code = new Label(codes.get(i));
      code.setId("recoveryCode" + i);
      codesGrid.add(code, i / rows, i % rows);
    }
    Messages.show(noticeLabel, notice);
    Messages.show(errorLabel, error);
    saveButton.disableProperty().bind(busy);
    if (ui.settings().kiosk()) {
      // On a shared kiosk the clipboard outlives the session and a file chooser opens the disk.
      keepButtons.setVisible(false);
      keepButtons.setManaged(false);
      bodyLabel.setText(ui.texts().get("recovery.bodyKiosk"));
    }
    doneButton.disableProperty().bind(storedCheck.selectedProperty().not());
  }

  private String asText() {
    return RecoveryCodesFile.text(
        ui.texts().format("recovery.fileHeader", email, ui.texts().dateTime(ui.clock().instant())),
        codes);
  }

  @FXML
  private void copyAll() {
    ui.host().copy(asText());
    error.set("");
    notice.set(ui.texts().get("recovery.copied"));
  }

  @FXML
  private void save() {
    Optional<Path> target =
        ui.host()
            .chooseSaveFile(
                saveButton.getScene().getWindow(),
                ui.texts().get("recovery.saveTitle"),
                ui.texts().get("recovery.fileName"));
    if (target.isEmpty()) {
      return;
    }
    String text = asText();
    Path file = target.get();
    ui.background()
        .run(
            busy,
            () -> RecoveryCodesFile.write(file, text),
            failure -> {
              if (failure.isEmpty()) {
                error.set("");
                notice.set(ui.texts().format("recovery.saved", file));
              } else {
                notice.set("");
                error.set(ui.texts().format("recovery.saveFailed", failure.get()));
              }
            },
            error::set);
  }

  @FXML
  private void done() {
    if (storedCheck.isSelected()) {
      done.run();
    }
  }

  @Override
  public void focusFirst() {
    if (keepButtons.isVisible()) {
      copyButton.requestFocus();
    } else {
      storedCheck.requestFocus();
    }
  }
}
