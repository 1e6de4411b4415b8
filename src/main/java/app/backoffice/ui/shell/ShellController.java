package app.backoffice.ui.shell;

import app.backoffice.ui.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * The signed-in window: the product name on the left of a top bar, the profile menu with the
 * signed-in email on the right, and the current page below.
 */
public final class ShellController {

  /** What the profile menu's items do; the navigator answers them. */
  public interface Actions {
    void home();

    void enableTwoFactor();

    void disableTwoFactor();

    void newRecoveryCodes();

    void changePassword();

    void signOut();

    /** Closes the application; offered only where the window cannot simply be closed. */
    void quit();
  }

  private final Texts texts;
  private final String email;
  private final Actions actions;
  private final BooleanProperty twoFactorOn = new SimpleBooleanProperty();
  private final BooleanProperty restricted = new SimpleBooleanProperty();
  private final BooleanProperty canQuit = new SimpleBooleanProperty();

  @FXML private MenuButton profileButton;
  @FXML private MenuItem homeItem;
  @FXML private SeparatorMenuItem homeSeparator;
  @FXML private MenuItem enableItem;
  @FXML private MenuItem disableItem;
  @FXML private MenuItem recoveryItem;
  @FXML private SeparatorMenuItem accountSeparator;
  @FXML private MenuItem passwordItem;
  @FXML private SeparatorMenuItem signOutSeparator;
  @FXML private MenuItem signOutItem;
  @FXML private SeparatorMenuItem quitSeparator;
  @FXML private MenuItem quitItem;
  @FXML private StackPane contentPane;

  public ShellController(Texts texts, String email, Actions actions) {
    this.texts = texts;
    this.email = email;
    this.actions = actions;
  }

  @FXML
  private void initialize() {
    profileButton.setText(email);
    profileButton.setAccessibleText(texts.format("shell.profile.accessible", email));
    // While 2FA is mandatory and still off, enrolling and signing out are all there is.
    homeItem.visibleProperty().bind(restricted.not());
    homeSeparator.visibleProperty().bind(restricted.not());
    passwordItem.visibleProperty().bind(restricted.not());
    accountSeparator.visibleProperty().bind(restricted.not());
    enableItem.visibleProperty().bind(twoFactorOn.not());
    disableItem.visibleProperty().bind(twoFactorOn.and(restricted.not()));
    recoveryItem.visibleProperty().bind(twoFactorOn.and(restricted.not()));
    // Nothing above Sign out to set it apart from when the menu holds only that.
    signOutSeparator.visibleProperty().bind(restricted.not().or(twoFactorOn.not()));
    homeItem.setOnAction(event -> actions.home());
    enableItem.setOnAction(event -> actions.enableTwoFactor());
    disableItem.setOnAction(event -> actions.disableTwoFactor());
    recoveryItem.setOnAction(event -> actions.newRecoveryCodes());
    passwordItem.setOnAction(event -> actions.changePassword());
    signOutItem.setOnAction(event -> actions.signOut());
    quitSeparator.visibleProperty().bind(canQuit);
    quitItem.visibleProperty().bind(canQuit);
    quitItem.setOnAction(event -> actions.quit());
  }

  /**
   * Gives the profile menu's popup its skin and styles now, while nothing else happens, rather than
   * in the frame that first opens it: making a menu's content takes a good part of a frame. Does
   * nothing until the button has its own skin (which makes the popup), or once done.
   */
  public void prepareMenu() {
    ContextMenu popup = signOutItem.getParentPopup();
    if (popup != null && popup.getSkin() == null) {
      popup.getScene().getRoot().applyCss();
    }
  }

  /** Whether the account has 2FA on, which decides between "Enable 2FA" and "Disable 2FA". */
  public BooleanProperty twoFactorOn() {
    return twoFactorOn;
  }

  /** Whether the menu offers only enrolling and signing out (2FA required and still off). */
  public BooleanProperty restricted() {
    return restricted;
  }

  /** Whether the menu offers to quit: a kiosk's administrator, who cannot close the window. */
  public BooleanProperty canQuit() {
    return canQuit;
  }

  /** Where the pages go, below the top bar: one at a time. */
  public Pane pages() {
    return contentPane;
  }
}
