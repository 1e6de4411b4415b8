package app.backoffice.ui;

import app.backoffice.auth.CodeResult;
import app.backoffice.auth.PendingSignIn;
import app.backoffice.auth.Session;
import app.backoffice.auth.SignOutReason;
import app.backoffice.store.Role;
import app.backoffice.ui.code.CodeController;
import app.backoffice.ui.code.CodeViewModel;
import app.backoffice.ui.disable2fa.DisableTwoFactorController;
import app.backoffice.ui.enable2fa.EnableTwoFactorController;
import app.backoffice.ui.enable2fa.SetupController;
import app.backoffice.ui.firstrun.FirstRunController;
import app.backoffice.ui.firstrun.FirstRunViewModel;
import app.backoffice.ui.home.HomeController;
import app.backoffice.ui.idle.IdleCountdownController;
import app.backoffice.ui.idle.IdleWatch;
import app.backoffice.ui.password.ChangePasswordController;
import app.backoffice.ui.recommend.RecommendationController;
import app.backoffice.ui.recovery.RecoveryCodesController;
import app.backoffice.ui.regenerate.RegenerateController;
import app.backoffice.ui.shell.ShellController;
import app.backoffice.ui.signin.SignInController;
import app.backoffice.ui.signin.SignInViewModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Leads the user through the door and the signed-in pages: decides which screen comes next, builds
 * it with its controller, and keeps the session while someone is signed in.
 */
public final class Navigator {

  private static final System.Logger LOG = System.getLogger(Navigator.class.getName());

  private final UiContext ui;
  private final StackPane layers;
  private final StackPane root = new StackPane();
  private final IdleWatch idle;
  private Optional<Session> session = Optional.empty();
  private ShellController shell;
  private Parent shellView;
  private int screensAsked;
  private Runnable focusShown = () -> {};
  private boolean inSteps;
  private Stage popup;
  private Stage enableWindow;
  private Overlay inWindowPopup;
  private SignInViewModel signIn;
  private boolean codeStep;
  private Overlay countdown;

  /**
   * @param windowRoot the window's scene root; every screen is shown inside it, and the idle
   *     countdown above them
   */
  public Navigator(UiContext ui, StackPane windowRoot) {
    this.ui = ui;
    this.layers = windowRoot;
    layers.getChildren().setAll(root);
    ui.background().onSessionEnded(() -> signedOut(ui.texts().get("common.sessionEnded")));
    idle =
        new IdleWatch(
            ui.clock(),
            ui.settings().idleTimeout(),
            new IdleWatch.Guard() {
              @Override
              public boolean worthGuarding() {
                return Navigator.this.worthGuarding();
              }

              @Override
              public void expired() {
                idleExpired();
              }
            });
    idle.secondsLeft().addListener((observable, was, is) -> countdownChanged(is.intValue()));
  }

  /**
   * Takes charge of the window, whose scene must hold this navigator's root: its input counts as
   * activity for idle sign-out, and in kiosk mode it stays full screen and closing it signs out
   * instead of quitting.
   */
  public void attach(Stage stage) {
    idle.watch(stage.getScene());
    idle.start();
    if (ui.settings().kiosk()) {
      KioskWindow.lock(stage, this::closeRequested);
    }
    // A screen opened before the window existed had nowhere to put the focus yet.
    focusShown.run();
    if (inSteps) {
      stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> Warmup.start(layers, () -> {}));
    }
  }

  /** The window's content: every screen, and the layers above them. */
  public Parent windowRoot() {
    return layers;
  }

  /** The idle watch; tests move their clock and tick it instead of waiting. */
  public IdleWatch idleWatch() {
    return idle;
  }

  /** The signed-in session, if any. */
  public Optional<Session> session() {
    return session;
  }

  /**
   * Opens the first screen, on the calling thread: the first administrator on an empty store, else
   * sign-in. Call it once, before the window is shown. The application calls it off the FX thread
   * while JavaFX starts, so that the window opens with its screen already built; the store's one
   * short query is all it waits for.
   */
  public void openFirstScreen() {
    boolean firstRun;
    try {
      firstRun = ui.auth().needsFirstAdministrator();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not tell whether the store has users yet");
      showSignIn("").error().set(ui.background().explain(e));
      return;
    }
    if (firstRun) {
      showFirstRun();
    } else {
      showSignIn("");
    }
  }

  /**
   * Ends the session, if any, as the application stops. It runs on the calling thread: the window
   * is gone by then, so there is nothing left to freeze, and the worker may already be stopping.
   */
  public void applicationStopping() {
    idle.stop();
    Optional<Session> ending = session;
    session = Optional.empty();
    ending.ifPresent(signedIn -> ui.auth().signOut(signedIn, SignOutReason.APPLICATION_STOPPED));
  }

  /**
   * A kiosk's window was asked to close: the session ends, or a half-finished sign-in is cleared,
   * and the window stays for the next person.
   */
  void closeRequested() {
    if (session.isPresent()) {
      signOut(SignOutReason.WINDOW_CLOSED, ui.texts().get("kiosk.signedOut"));
    } else {
      showSignIn("");
    }
  }

  // ---- the door ---------------------------------------------------------------------------

  private void showFirstRun() {
    FirstRunViewModel model =
        new FirstRunViewModel(ui, (notice, email) -> showSignIn(notice, email));
    showDoor(new FirstRunController(ui, model));
  }

  private SignInViewModel showSignIn(String notice) {
    return showSignIn(notice, "");
  }

  /** The sign-in screen, with {@code email} already filled in when it is not empty. */
  private SignInViewModel showSignIn(String notice, String email) {
    closePopup();
    shell = null;
    SignInViewModel model =
        new SignInViewModel(
            ui,
            new SignInViewModel.Next() {
              @Override
              public void signedIn(Session signedIn) {
                Navigator.this.signedInWithoutTwoFactor(signedIn);
              }

              @Override
              public void codeRequired(PendingSignIn pending) {
                showCode(pending);
              }
            });
    model.notice().set(notice);
    model.email().set(email);
    showDoor(new SignInController(ui, model));
    signIn = model;
    return model;
  }

  private void showCode(PendingSignIn pending) {
    CodeViewModel model =
        new CodeViewModel(
            ui,
            pending,
            new CodeViewModel.Next() {
              @Override
              public void signedIn(CodeResult.SignedIn signedIn) {
                signedInWithCode(signedIn);
              }

              @Override
              public void startOver(String message) {
                showSignIn(message);
              }
            });
    showDoor(new CodeController(ui, model, () -> showSignIn("")));
    codeStep = true;
  }

  // ---- signed in --------------------------------------------------------------------------

  private void signedInWithoutTwoFactor(Session signedIn) {
    enterShell(signedIn, false);
    showRecommendation();
  }

  private void signedInWithCode(CodeResult.SignedIn signedIn) {
    enterShell(signedIn.session(), true);
    showHome(
        signedIn.recoveryCodeUsed()
            ? ui.texts().format("home.recoveryUsed", signedIn.recoveryCodesLeft())
            : "");
  }

  private void enterShell(Session signedIn, boolean twoFactorOn) {
    session = Optional.of(signedIn);
    signIn = null;
    codeStep = false;
    shell =
        new ShellController(
            ui.texts(),
            signedIn.email(),
            new ShellController.Actions() {
              @Override
              public void home() {
                showHome("");
              }

              @Override
              public void enableTwoFactor() {
                openEnableTwoFactor();
              }

              @Override
              public void disableTwoFactor() {
                showPage(
                    new DisableTwoFactorController(
                        ui,
                        current(),
                        whileSignedIn(
                            () -> {
                              shell.twoFactorOn().set(false);
                              showHome(ui.texts().get("home.twoFactorDisabled"));
                            }),
                        () -> showHome("")));
              }

              @Override
              public void newRecoveryCodes() {
                showPage(
                    new RegenerateController(
                        ui,
                        current(),
                        whileSignedIn(codes -> showRecoveryCodes(codes, "home.codesRegenerated")),
                        () -> showHome("")));
              }

              @Override
              public void changePassword() {
                showPage(
                    new ChangePasswordController(
                        ui,
                        current(),
                        whileSignedIn(() -> showHome(ui.texts().get("home.passwordChangedNotice"))),
                        () -> showHome("")));
              }

              @Override
              public void signOut() {
                Navigator.this.signOut();
              }

              @Override
              public void quit() {
                ui.host().quit();
              }
            });
    shell.twoFactorOn().set(twoFactorOn);
    // A kiosk cannot be closed, so an administrator needs a way out.
    shell.canQuit().set(ui.settings().kiosk() && signedIn.role() == Role.ADMIN);
    shell.restricted().set(mustEnrol());
    // The shell goes into the window together with its first page, asked for next.
    ShellController building = shell;
    build(
        building,
        view -> {
          if (shell == building) {
            shellView = view;
          }
        });
  }

  /** Whether the administrator requires 2FA and this account has not got it yet. */
  private boolean mustEnrol() {
    return ui.settings().twoFactorRequired() && !shell.twoFactorOn().get();
  }

  private void showRecommendation() {
    showPage(
        new RecommendationController(
            mustEnrol(), this::openEnableTwoFactor, () -> showHome(""), this::signOut));
  }

  private void showHome(String notice) {
    if (mustEnrol()) {
      showRecommendation();
      return;
    }
    showPage(home(notice));
  }

  private HomeController home(String notice) {
    return new HomeController(
        ui,
        current(),
        notice,
        this::openEnableTwoFactor,
        whileSignedIn(account -> shell.twoFactorOn().set(account.twoFactorEnabled())));
  }

  private void openEnableTwoFactor() {
    if (popup != null) {
      popup.requestFocus();
      return;
    }
    if (inWindowPopup != null) {
      return;
    }
    // OK leads to the setup page: it is built on the worker while the user reads the popup.
    Ahead setup = buildAhead(newSetup());
    EnableTwoFactorController controller =
        new EnableTwoFactorController(
            () -> {
              closePopup();
              show(setup.controller, setup::whenBuilt, this::pagePlace);
            },
            this::closePopup);
    Parent view = ui.views().load(controller);
    if (ui.settings().kiosk()) {
      showInWindow(view);
      controller.focusFirst();
      return;
    }
    Stage stage = enableWindow();
    popup = stage;
    StackPane holder = (StackPane) stage.getScene().getRoot();
    boolean shownBefore = !holder.getChildren().isEmpty();
    Runnable show =
        () -> {
          if (shownBefore) {
            // Where a new window would open, even if the main window has moved since then.
            stage.centerOnScreen();
          }
          stage.show();
          controller.focusFirst();
        };
    if (inSteps) {
      // A window's first view is styled from scratch: in steps, before the window opens.
      StyledInSteps.swap(holder, view, () -> popup == stage, show);
    } else {
      holder.getChildren().setAll(view);
      show.run();
    }
  }

  /**
   * The Enable 2FA window, made once and shown again each time with a fresh view: making a window
   * and its scene takes a good part of a frame's time.
   */
  private Stage enableWindow() {
    if (enableWindow == null) {
      Stage stage = new Stage();
      stage.initOwner(window());
      stage.initModality(Modality.WINDOW_MODAL);
      stage.setTitle(ui.texts().get("enable.title"));
      stage.setResizable(false);
      stage.setOnHidden(event -> popup = null);
      Scene scene = new Scene(new StackPane());
      Theme.style(scene);
      // Typing in the popup is activity too: it must not let the session time out behind it.
      idle.watch(scene);
      stage.setScene(scene);
      enableWindow = stage;
    }
    return enableWindow;
  }

  private SetupController newSetup() {
    return new SetupController(
        ui,
        current(),
        whileSignedIn(
            codes -> {
              shell.twoFactorOn().set(true);
              showRecoveryCodes(codes, "home.twoFactorEnabled");
            }),
        () -> showHome(""));
  }

  private void showRecoveryCodes(List<String> codes, String noticeAfter) {
    // The codes are shown once: until Done, the menu offers no page that would leave them
    // unseen, only signing out.
    shell.restricted().set(true);
    // Home comes next, with 2FA on: it is built on the worker while the user stores the codes.
    Ahead home = new Ahead(home(ui.texts().get(noticeAfter)));
    showPage(
        new RecoveryCodesController(
            ui,
            current().email(),
            codes,
            () -> {
              shell.restricted().set(mustEnrol());
              show(home.controller, home::whenBuilt, this::pagePlace);
            }));
    startBuilding(home);
  }

  private void signOut() {
    signOut(
        SignOutReason.USER,
        ui.texts().get(ui.settings().kiosk() ? "kiosk.signedOut" : "signIn.signedOut"));
  }

  private void signOut(SignOutReason reason, String notice) {
    Optional<Session> ending = session;
    session = Optional.empty();
    closePopup();
    if (ending.isEmpty()) {
      showSignIn(notice);
      return;
    }
    // The screen leaves at once, so nothing of the session stays in view while the store writes.
    showSignIn(notice);
    ui.background()
        .run(
            new SimpleBooleanProperty(),
            () -> {
              ui.auth().signOut(ending.get(), reason);
              return true;
            },
            done -> {},
            failure -> LOG.log(System.Logger.Level.WARNING, "Recording the sign-out failed"));
  }

  // ---- idle sign-out ----------------------------------------------------------------------

  /** Whether a passer-by would find anything: a session, a code step, or typed sign-in text. */
  private boolean worthGuarding() {
    return session.isPresent()
        || codeStep
        || (signIn != null
            && (!signIn.email().get().isEmpty() || !signIn.password().get().isEmpty()));
  }

  private void idleExpired() {
    String after = IdleCountdownController.describe(ui.texts(), ui.settings().idleTimeout());
    LOG.log(System.Logger.Level.INFO, "Idle timeout: clearing the window");
    if (session.isPresent()) {
      signOut(SignOutReason.IDLE, ui.texts().format("idle.signedOut", after));
    } else {
      showSignIn(ui.texts().format("idle.cleared", after));
    }
  }

  private void countdownChanged(int secondsLeft) {
    if (secondsLeft == IdleWatch.NOT_COUNTING) {
      hideCountdown();
    } else if (countdown == null) {
      showCountdown();
    }
  }

  private void showCountdown() {
    // A modal popup would hide the countdown; it holds nothing typed, so it goes.
    closePopup();
    IdleCountdownController controller =
        new IdleCountdownController(
            ui.texts(),
            idle.secondsLeft(),
            session.isPresent(),
            ui.settings().idleTimeout(),
            idle::activity);
    countdown = new Overlay(ui.views().load(controller));
    controller.focusFirst();
  }

  private void hideCountdown() {
    if (countdown != null) {
      countdown.remove();
      countdown = null;
    }
  }

  private void signedOut(String notice) {
    session = Optional.empty();
    showSignIn(notice);
  }

  // ---- showing screens --------------------------------------------------------------------

  /**
   * Runs {@code action} only while the session that asked for it is still the signed-in one: an
   * answer that arrives after signing out must not bring back a page of the ended session.
   */
  private Runnable whileSignedIn(Runnable action) {
    Consumer<Void> guarded = whileSignedIn(ignored -> action.run());
    return () -> guarded.accept(null);
  }

  private <T> Consumer<T> whileSignedIn(Consumer<T> action) {
    Optional<Session> asked = session;
    return value -> {
      if (asked.isPresent() && session.equals(asked)) {
        action.accept(value);
      }
    };
  }

  private Session current() {
    return session.orElseThrow(() -> new IllegalStateException("nobody is signed in"));
  }

  private void showDoor(Screen controller) {
    signIn = null;
    codeStep = false;
    show(controller, view -> build(controller, view), this::doorPlace);
  }

  private void showPage(Screen controller) {
    show(controller, view -> build(controller, view), this::pagePlace);
  }

  /**
   * Where a screen goes: the node put into the window (the view itself, or the shell holding it as
   * its page) and the pane it goes into, in place of what that pane showed.
   */
  private record Place(Pane pane, Parent node) {}

  private Place doorPlace(Parent view) {
    shellView = null;
    return new Place(root, view);
  }

  private Place pagePlace(Parent view) {
    if (shellView != null) {
      // Signed in just now: the shell goes into the window with its first page in it.
      Parent entering = shellView;
      shellView = null;
      shell.pages().getChildren().setAll(view);
      return new Place(root, entering);
    }
    return new Place(shell.pages(), view);
  }

  /**
   * From now on, screens that replace one in a shown window are styled a piece at a time before
   * they appear (see {@link StyledInSteps}), so that no frame waits for a whole screen's first CSS
   * pass; and, once the window is shown, the controls the later screens need get their first skins
   * out of sight (see {@link Warmup}). The application turns this on before {@link #attach}; the
   * screen tests, which look at a screen as soon as the events that asked for it have run, leave it
   * off.
   */
  public void styleScreensInSteps() {
    inSteps = true;
  }

  /**
   * Puts a screen into the window once {@code building} hands over its view, unless another screen
   * has been asked for meanwhile.
   */
  private void show(
      Screen controller, Consumer<Consumer<Parent>> building, Function<Parent, Place> placing) {
    int asked = ++screensAsked;
    building.accept(
        view -> {
          if (asked != screensAsked) {
            return;
          }
          Place place = placing.apply(view);
          Runnable shown =
              () -> {
                focusShown = () -> focus(view, controller);
                focusShown.run();
                if (inSteps && shell != null) {
                  // Once the page is up and quiet, the menu it will likely be left by.
                  ShellController showing = shell;
                  StyledInSteps.afterFrames(3, showing::prepareMenu);
                }
              };
          Window owner = window();
          if (inSteps && owner != null && owner.isShowing()) {
            StyledInSteps.swap(place.pane(), place.node(), () -> asked == screensAsked, shown);
          } else {
            place.pane().getChildren().setAll(place.node());
            shown.run();
          }
        });
  }

  /**
   * Builds a view and hands it to {@code then}. A screen that follows an answer from the worker is
   * built on the worker, in that answer's turn, so that parsing its FXML and making its controls
   * does not hold up the frames of the screen still showing; the user, who is waiting for the
   * answer, is not typing into that screen. One the user asked for with a key or click is built at
   * once, so that keys typed right after land in it.
   */
  private void build(Object controller, Consumer<Parent> then) {
    if (ui.background().answering()) {
      ui.background().prepare(() -> ui.views().load(controller), then);
    } else {
      then.accept(ui.views().load(controller));
    }
  }

  /** Starts building a screen on the worker before it is asked for. */
  private Ahead buildAhead(Screen controller) {
    return startBuilding(new Ahead(controller));
  }

  private Ahead startBuilding(Ahead ahead) {
    ui.background().prepare(() -> ui.views().load(ahead.controller), ahead::built);
    return ahead;
  }

  /**
   * A screen built ahead of need, for the step the user most likely takes next; whoever wants its
   * view gets it at once if it is built by then, else as soon as it is.
   */
  private static final class Ahead {
    final Screen controller;
    private Parent view;
    private Consumer<Parent> wanting;

    Ahead(Screen controller) {
      this.controller = controller;
    }

    void built(Parent built) {
      view = built;
      handOver();
    }

    void whenBuilt(Consumer<Parent> then) {
      wanting = then;
      handOver();
    }

    private void handOver() {
      if (view != null && wanting != null) {
        Consumer<Parent> then = wanting;
        wanting = null;
        then.accept(view);
      }
    }
  }

  /**
   * Puts the focus on the screen's first field now, and again once the window has the focus and the
   * queued events have run: a window that gets the focus back from a closed popup, or a scene whose
   * focus owner was just removed, otherwise hands it to its first control, the profile menu.
   */
  private void focus(Parent view, Screen controller) {
    // A scroll pane puts its content into the scene only once CSS has given it a skin; until then
    // its fields refuse the focus, and whether a pulse comes before the queued retry is luck.
    view.applyCss();
    controller.focusFirst();
    Window owner = window();
    if (owner == null || owner.isFocused()) {
      Platform.runLater(controller::focusFirst);
      return;
    }
    owner
        .focusedProperty()
        .addListener(
            new ChangeListener<>() {
              @Override
              public void changed(
                  ObservableValue<? extends Boolean> observable, Boolean was, Boolean is) {
                if (is) {
                  observable.removeListener(this);
                  Platform.runLater(controller::focusFirst);
                }
              }
            });
  }

  /**
   * Shows a popup inside the window, over a dimmed page: a kiosk's full-screen window must not hand
   * the screen to a second window, which window managers place and stack as they like.
   */
  private void showInWindow(Parent view) {
    if (view instanceof Region box) {
      box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }
    StackPane backdrop = new StackPane(view);
    backdrop.getStyleClass().add("in-window-popup");
    // The page below keeps its own Enter and Escape buttons; disabled, they cannot answer.
    root.setDisable(true);
    inWindowPopup = new Overlay(backdrop);
  }

  /**
   * A layer over the screens, such as the idle countdown or a kiosk's popup: it takes the focus
   * from where it was and gives it back when it goes, if that place is still shown.
   */
  private final class Overlay {
    private final Parent layer;
    private final Node focusBefore;

    Overlay(Parent layer) {
      Scene scene = layers.getScene();
      this.focusBefore = scene == null ? null : scene.getFocusOwner();
      this.layer = layer;
      layers.getChildren().add(layer);
    }

    void remove() {
      layers.getChildren().remove(layer);
      if (focusBefore != null && focusBefore.getScene() != null && focusBefore.isVisible()) {
        focusBefore.requestFocus();
      }
    }
  }

  private void closePopup() {
    if (inWindowPopup != null) {
      // Enabled first: a disabled control cannot take the focus back.
      root.setDisable(false);
      inWindowPopup.remove();
      inWindowPopup = null;
    }
    if (popup != null) {
      Stage closing = popup;
      popup = null;
      closing.close();
      // Not every platform gives the focus back to the owner of a closed modal window.
      Window owner = window();
      if (owner != null) {
        owner.requestFocus();
      }
    }
  }

  private Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
  }
}
