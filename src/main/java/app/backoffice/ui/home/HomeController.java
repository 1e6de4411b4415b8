package app.backoffice.ui.home;

import app.backoffice.auth.Account;
import app.backoffice.auth.Session;
import app.backoffice.ui.BusyButton;
import app.backoffice.ui.Messages;
import app.backoffice.ui.Screen;
import app.backoffice.ui.UiContext;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;

/**
 * The home page: who is signed in, with which role, whether 2FA is on, and when this account last
 * signed in before, so that a sign-in that was not theirs stands out.
 */
public final class HomeController implements Screen {

  /** Recovery codes left at or below which the page suggests making new ones. */
  static final int FEW_RECOVERY_CODES = 3;

  private final UiContext ui;
  private final Session session;
  private final Runnable enableTwoFactor;
  private final Consumer<Account> loaded;
  private final StringProperty notice = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  @FXML private Label noticeLabel;
  @FXML private Label errorLabel;
  @FXML private GridPane factsGrid;
  @FXML private Label emailValue;
  @FXML private Label roleValue;
  @FXML private Label twoFactorValue;
  @FXML private Label recoveryCodesName;
  @FXML private Label recoveryCodesValue;
  @FXML private Label previousSignInValue;
  @FXML private Label previousSignInHint;
  @FXML private Label passwordChangedValue;
  @FXML private Button enableButton;
  @FXML private ProgressIndicator progress;

  /**
   * @param notice a sentence to show at the top, such as "Your password was changed"; may be empty
   * @param loaded told the account as read, so the profile menu can match it
   */
  public HomeController(
      UiContext ui,
      Session session,
      String notice,
      Runnable enableTwoFactor,
      Consumer<Account> loaded) {
    this.ui = ui;
    this.session = session;
    this.enableTwoFactor = enableTwoFactor;
    this.loaded = loaded;
    this.notice.set(notice);
  }

  @FXML
  private void initialize() {
    Messages.show(noticeLabel, notice);
    Messages.show(errorLabel, error);
    BusyButton.spin(progress, busy);
    progress.managedProperty().bind(busy);
    factsGrid.visibleProperty().bind(busy.not());
    emailValue.setText(session.email());
    roleValue.setText(ui.texts().get("home.role." + session.role().name()));
    previousSignInValue.setText(
        session
            .previousSignIn()
            .map(ui.texts()::dateTime)
            .orElse(ui.texts().get("home.previousSignIn.none")));
    previousSignInHint.setVisible(session.previousSignIn().isPresent());
    previousSignInHint.setManaged(session.previousSignIn().isPresent());
    enableButton.setVisible(false);
    enableButton.setManaged(false);
    ui.background().run(busy, () -> ui.accounts().account(session), this::show, error::set);
  }

  private void show(Account account) {
    boolean on = account.twoFactorEnabled();
    twoFactorValue.setText(
        account
            .twoFactorEnabledAt()
            .map(since -> ui.texts().format("home.twoFactor.on", ui.texts().date(since)))
            .orElse(ui.texts().get("home.twoFactor.off")));
    for (Label part : new Label[] {recoveryCodesName, recoveryCodesValue}) {
      part.setVisible(on);
      part.setManaged(on);
    }
    recoveryCodesValue.setText(Integer.toString(account.recoveryCodesLeft()));
    passwordChangedValue.setText(ui.texts().dateTime(account.passwordChangedAt()));
    enableButton.setVisible(!on);
    enableButton.setManaged(!on);
    if (on && account.recoveryCodesLeft() <= FEW_RECOVERY_CODES && notice.get().isEmpty()) {
      notice.set(ui.texts().format("home.recoveryLow", account.recoveryCodesLeft()));
    }
    loaded.accept(account);
  }

  @FXML
  private void enableTwoFactor() {
    enableTwoFactor.run();
  }

  @Override
  public void focusFirst() {
    if (enableButton.isVisible()) {
      enableButton.requestFocus();
    }
  }
}
