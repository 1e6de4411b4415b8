package app.backoffice;

import app.backoffice.cli.WindowLauncher;
import app.backoffice.config.ConfigException;
import app.backoffice.config.ConfigLookup;
import app.backoffice.config.Configuration;
import app.backoffice.config.DataDirectory;
import app.backoffice.config.DataDirectoryException;
import app.backoffice.logging.Logging;
import app.backoffice.store.AuditSource;
import app.backoffice.store.StoreException;
import app.backoffice.ui.Background;
import app.backoffice.ui.Host;
import app.backoffice.ui.Navigator;
import app.backoffice.ui.StartupProbe;
import app.backoffice.ui.Texts;
import app.backoffice.ui.Theme;
import app.backoffice.ui.UiContext;
import app.backoffice.ui.UiSettings;
import app.backoffice.ui.UncaughtErrors;
import app.backoffice.ui.Views;
import app.backoffice.ui.WindowPlacement;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The Back Office window. It asks the composition root for the services, then builds what the
 * screens share and hands the window to the navigator.
 */
public final class BackOfficeApp extends Application {

  private static final System.Logger LOG = System.getLogger(BackOfficeApp.class.getName());

  static final double WIDTH = 960;
  static final double HEIGHT = 720;
  static final double MIN_WIDTH = 560;
  static final double MIN_HEIGHT = 600;

  private Texts texts;
  private WindowPlacement placement;

  /** The configuration and the services, once opened. */
  private record Opened(Configuration configuration, Services services) {}

  /**
   * What the window runs on: the services, the worker the screens hand their calls to, and the
   * navigator with its first screen already built.
   */
  private record Ready(
      Configuration configuration, Services services, Background background, Navigator navigator) {}

  /**
   * The store, opened on a thread of its own while JavaFX starts, so that the two overlap. Empty
   * when the application is launched some other way.
   */
  private static volatile CompletableFuture<Opened> opening;

  /** The services and the first screen, made off the FX thread while the window is set up. */
  private CompletableFuture<Ready> ready;

  /** What the shown window runs on, for {@link #stop}. */
  private Ready running;

  /** Opens the window and returns once it is closed. */
  static void open(Optional<Path> dataDirectory, Optional<Path> configFile, boolean verbose) {
    opening =
        CompletableFuture.supplyAsync(
            () -> openServices(dataDirectory, configFile, verbose),
            task -> {
              Thread opener = new Thread(task, "store-opener");
              opener.setDaemon(true);
              opener.start();
            });
    List<String> arguments = new ArrayList<>();
    dataDirectory.ifPresent(path -> arguments.add("--data-dir=" + path));
    configFile.ifPresent(path -> arguments.add("--config=" + path));
    if (verbose) {
      arguments.add("--verbose=true");
    }
    try {
      Application.launch(BackOfficeApp.class, arguments.toArray(String[]::new));
    } catch (UnsupportedOperationException e) {
      // What JavaFX throws when it finds no display to open ("Unable to open DISPLAY").
      throw new WindowLauncher.NoDisplay(e);
    }
  }

  private static Opened openServices(
      Optional<Path> dataDirectory, Optional<Path> configFile, boolean verbose) {
    Configuration configuration = ConfigLookup.forThisProcess().load(configFile);
    Services services =
        Services.open(
            Services.Settings.of(
                    DataDirectory.forThisProcess(dataDirectory, configuration.dataDirectory()),
                    configuration.auth(),
                    AuditSource.GUI)
                .withLogToStandardError(verbose));
    LOG.log(System.Logger.Level.INFO, "Settings from {0}", configuration.origin());
    return new Opened(configuration, services);
  }

  /**
   * Starts making the first screen, off the FX thread. JavaFX is running by now, so its controls
   * can be made for a window that is not shown yet; meanwhile {@link #start} sets up the window.
   */
  @Override
  public void init() {
    texts = Texts.forDefaultLocale(ZoneId.systemDefault());
    ready = opening().thenApplyAsync(this::prepare, BackOfficeApp::onOwnThread);
  }

  /** What {@link #open} began, or, launched without it, the same work begun here. */
  private CompletableFuture<Opened> opening() {
    CompletableFuture<Opened> begun = opening;
    if (begun != null) {
      return begun;
    }
    Map<String, String> named = getParameters().getNamed();
    return CompletableFuture.supplyAsync(
        () ->
            openServices(
                Optional.ofNullable(named.get("data-dir")).map(Path::of),
                Optional.ofNullable(named.get("config")).map(Path::of),
                Boolean.parseBoolean(named.get("verbose"))),
        BackOfficeApp::onOwnThread);
  }

  private static void onOwnThread(Runnable task) {
    Thread starter = new Thread(task, "window-starter");
    starter.setDaemon(true);
    starter.start();
  }

  /** Builds what the screens share and the first screen; runs before the window is shown. */
  private Ready prepare(Opened opened) {
    Configuration configuration = opened.configuration();
    Background background = Background.forApplication(texts);
    try {
      UiContext ui =
          new UiContext(
              opened.services().auth(),
              background,
              new Views(texts),
              texts,
              Host.system(),
              new UiSettings(
                  configuration.twoFactorRequired(),
                  configuration.kiosk(),
                  configuration.idleTimeout()),
              Clock.systemDefaultZone());
      Navigator navigator = new Navigator(ui, new StackPane());
      navigator.styleScreensInSteps();
      navigator.openFirstScreen();
      return new Ready(configuration, opened.services(), background, navigator);
    } catch (RuntimeException e) {
      background.shutdown();
      opened.services().close();
      throw e;
    }
  }

  /**
   * Sets up the window while the first screen is made, and shows it once that is ready; or, if the
   * settings or the store cannot be used, says why instead.
   */
  @Override
  public void start(Stage stage) {
    Theme.install();
    Scene scene = new Scene(new StackPane(), WIDTH, HEIGHT);
    Theme.style(scene);
    stage.setScene(scene);
    stage.setTitle(texts.get("app.title"));
    stage.setMinWidth(MIN_WIDTH);
    stage.setMinHeight(MIN_HEIGHT);
    ready.whenComplete(
        (made, failure) ->
            Platform.runLater(
                () -> {
                  if (failure == null) {
                    show(stage, made);
                  } else {
                    showStartFailure(
                        failure instanceof CompletionException wrapped
                            ? wrapped.getCause()
                            : failure);
                  }
                }));
  }

  private void show(Stage stage, Ready made) {
    running = made;
    stage.getScene().setRoot(made.navigator().windowRoot());
    UncaughtErrors.install(texts, made.services().dataDirectory().resolve(Logging.FOLDER), stage);
    made.navigator().attach(stage);
    // A kiosk is always full screen; a workstation's window opens where it was left.
    boolean kiosk = made.configuration().kiosk();
    Optional<WindowPlacement.Bounds> placed = Optional.empty();
    if (!kiosk) {
      placement = new WindowPlacement(made.services().dataDirectory().resolve("window.properties"));
      placed = placement.restore(stage);
      stage.setOnCloseRequest(event -> placement.save(stage));
    }
    StartupProbe.watch(stage);
    stage.show();
    // Six pictures to decode: they can come a moment after the window rather than delay it.
    Platform.runLater(() -> Theme.icon(stage));
    if (!kiosk) {
      // JavaFX 21 on Linux shows the first window at 200x200 under some window managers
      // (JDK-8316423), then at its minimum size; sizing it again once shown puts back the size
      // it was left at, or the scene's.
      Optional<WindowPlacement.Bounds> size = placed;
      Platform.runLater(
          () ->
              size.ifPresentOrElse(
                  bounds -> WindowPlacement.apply(stage, bounds),
                  () -> {
                    stage.setWidth(WIDTH);
                    stage.setHeight(HEIGHT);
                    stage.centerOnScreen();
                  }));
    }
  }

  /** Says in a dialog why Back Office cannot start, then ends it. */
  private void showStartFailure(Throwable failure) {
    boolean settings = failure instanceof ConfigException;
    String message;
    if (settings
        || failure instanceof DataDirectoryException
        || failure instanceof StoreException) {
      LOG.log(System.Logger.Level.ERROR, "Back Office cannot start: {0}", failure.getMessage());
      message = failure.getMessage();
    } else {
      LOG.log(System.Logger.Level.ERROR, "Back Office cannot start", failure);
      message = texts.get("common.unexpected");
    }
    Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
    alert.setTitle(texts.get(settings ? "app.configProblem.title" : "app.storeProblem.title"));
    alert.setHeaderText(texts.get("app.storeProblem.header"));
    alert.getDialogPane().setMinWidth(480);
    Theme.style(alert.getDialogPane().getScene());
    Theme.icon((Stage) alert.getDialogPane().getScene().getWindow());
    // With no window behind it, some window managers put the dialog in the corner.
    alert.setOnShown(
        event ->
            Platform.runLater(() -> alert.getDialogPane().getScene().getWindow().centerOnScreen()));
    alert.showAndWait();
    Platform.exit();
  }

  @Override
  public void stop() {
    if (running != null) {
      running.navigator().applicationStopping();
      running.background().shutdown();
      running.services().close();
    }
  }
}
