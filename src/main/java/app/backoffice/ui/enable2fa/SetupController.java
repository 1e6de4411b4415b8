package app.backoffice.ui.enable2fa;

import app.backoffice.auth.AccountException;
import app.backoffice.auth.Enrolment;
import app.backoffice.auth.EnrolmentResult;
import app.backoffice.auth.Outcomes;
import app.backoffice.auth.Session;
import app.backoffice.ui.BusyButton;
import app.backoffice.ui.CodeFields;
import app.backoffice.ui.Messages;
import app.backoffice.ui.QrCode;
import app.backoffice.ui.Screen;
import app.backoffice.ui.Scrolling;
import app.backoffice.ui.UiContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Setting up the authenticator app: numbered steps, the QR code, the setup key to type by hand, and
 * the code that proves the app has the key before 2FA is switched on.
 */
public final class SetupController implements Screen {

  /** The code step's width from which a refusal fits beside the field (200 px) readably. */
  private static final double BESIDE_FROM_WIDTH = 560;

  /** The QR code's size on screen, in logical pixels, before rounding to whole modules. */
  static final double QR_SIZE = 240;

  private final UiContext ui;
  private final Session session;
  private final Consumer<List<String>> enabled;
  private final Runnable cancel;
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty("");
  private Enrolment enrolment;
  private QrCode qrCode;
  private ObservableValue<Number> screenScale;
  private double drawnAtScale;

  @FXML private VBox stepsBox;
  @FXML private ImageView qrImage;
  @FXML private TextField keyField;
  @FXML private Label accountLabel;
  @FXML private Label issuerLabel;
  @FXML private Button copyButton;
  @FXML private Label copiedLabel;
  @FXML private TextField codeField;
  @FXML private ScrollPane page;
  @FXML private VBox codeStep;
  @FXML private Label errorLabel;
  @FXML private Label errorBelowLabel;
  @FXML private Button verifyButton;
  @FXML private ProgressIndicator progress;

  /**
   * @param enabled told the recovery codes once 2FA is on
   * @param cancel leaves the setup; nothing was written
   */
  public SetupController(
      UiContext ui, Session session, Consumer<List<String>> enabled, Runnable cancel) {
    this.ui = ui;
    this.session = session;
    this.enabled = enabled;
    this.cancel = cancel;
  }

  @FXML
  private void initialize() {
    CodeFields.sixDigits(codeField);
    stepsBox.setDisable(true);
    BusyButton.spin(progress, busy);
    verifyButton.disableProperty().bind(busy.or(stepsBox.disabledProperty()));
    codeField.disableProperty().bind(busy);
    copiedLabel.setVisible(false);
    // A kiosk's clipboard outlives the session: the next person could paste the key.
    copyButton.setVisible(!ui.settings().kiosk());
    copyButton.setManaged(!ui.settings().kiosk());
    copiedLabel.managedProperty().bind(copiedLabel.visibleProperty());
    keyField.textProperty().addListener((observable, was, is) -> copiedLabel.setVisible(false));
    // A refusal shows beside the code field when the step is wide enough for the sentence to read
    // in two or three lines there, else under the field.
    BooleanBinding beside = codeStep.widthProperty().greaterThanOrEqualTo(BESIDE_FROM_WIDTH);
    Messages.show(errorLabel, error, beside);
    Messages.show(errorBelowLabel, error, beside.not());
    // In a small window the code step can be below the fold: a refusal must not go unseen.
    error.addListener(
        (observable, was, is) -> {
          if (!is.isEmpty()) {
            Scrolling.reveal(page, codeStep, verifyButton);
          }
        });
    // Redraw when the window moves to a screen of another scale, so modules stay whole pixels.
    screenScale =
        qrImage
            .sceneProperty()
            .flatMap(Scene::windowProperty)
            .flatMap(Window::renderScaleXProperty);
    screenScale.addListener((observable, was, is) -> drawQrCode());
    ui.background().run(busy, this::begin, this::show, error::set);
  }

  /** An enrolment begun, with its QR code already encoded. */
  private record Started(Enrolment enrolment, QrCode qrCode) {}

  /**
   * Begins the enrolment and encodes its QR code, both on the worker: encoding takes tens of
   * milliseconds the first time, which the FX thread would spend while the setup step appears.
   */
  private Optional<Started> begin() {
    try {
      Enrolment begun = ui.accounts().beginEnrolment(session);
      return Optional.of(new Started(begun, QrCode.of(begun.keyUri())));
    } catch (AccountException e) {
      if (e.reason() == AccountException.Reason.TWO_FACTOR_ALREADY_ENABLED) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private void show(Optional<Started> started) {
    if (started.isEmpty()) {
      error.set(ui.texts().get("setup.alreadyOn"));
      return;
    }
    enrolment = started.get().enrolment();
    qrCode = started.get().qrCode();
    drawQrCode();
    qrImage.setAccessibleText(ui.texts().format("setup.qr.accessible", enrolment.accountName()));
    keyField.setText(enrolment.groupedSecret());
    accountLabel.setText(ui.texts().format("setup.account", enrolment.accountName()));
    issuerLabel.setText(ui.texts().format("setup.issuer", enrolment.issuer()));
    stepsBox.setDisable(false);
    focusFirst();
  }

  private void drawQrCode() {
    if (qrCode == null) {
      return;
    }
    Number screen = screenScale.getValue();
    double scale = screen == null ? 1.0 : Math.max(1.0, screen.doubleValue());
    // A page built ahead draws its code before it has a window; a window of that scale needs no
    // second drawing.
    if (scale != drawnAtScale) {
      drawnAtScale = scale;
      qrCode.showIn(qrImage, QR_SIZE, scale);
    }
  }

  @FXML
  private void copyKey() {
    if (enrolment != null) {
      ui.host().copy(enrolment.secret());
      copiedLabel.setVisible(true);
    }
  }

  @FXML
  private void verify() {
    if (enrolment == null || busy.get()) {
      return;
    }
    String typed = codeField.getText();
    if (typed.length() != 6) {
      error.set(ui.texts().get("setup.invalid"));
      codeField.requestFocus();
      return;
    }
    error.set("");
    Enrolment pending = enrolment;
    ui.background()
        .run(
            busy,
            () -> ui.accounts().confirmEnrolment(session, pending, typed),
            this::answered,
            error::set);
  }

  private void answered(EnrolmentResult result) {
    if (result instanceof EnrolmentResult.Enabled on) {
      enabled.accept(on.recoveryCodes());
      return;
    }
    codeField.clear();
    if (result instanceof Outcomes.WrongCode) {
      error.set(ui.texts().format("setup.wrong", enrolment.accountName()));
    } else {
      error.set(ui.texts().get("setup.invalid"));
    }
    codeField.requestFocus();
  }

  @FXML
  private void cancel() {
    enrolment = null;
    cancel.run();
  }

  @Override
  public void focusFirst() {
    codeField.requestFocus();
  }
}
