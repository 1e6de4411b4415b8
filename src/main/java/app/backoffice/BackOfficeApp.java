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

  private Configuration configuration;
  private Services services;
  private String startFailure;
  private boolean configurationFailed;
  private Texts texts;
  private Background background;
  private Navigator navigator;
  private WindowPlacement placement;

  /** The configuration and the services, once opened; or why they could not be. */
  private record Opened(Configuration configuration, Services services) {}

  /**
   * The store, opened on a thread of its own while JavaFX starts, so that the two overlap; {@link
   * #init} waits for it. Empty when the application is launched some other way.
   */
  private static volatile CompletableFuture<Opened> opening;

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
   * Waits for the store, off the FX thread, before any window: a refusal is shown in {@link
   * #start}.
   */
  @Override
  public void init() {
    texts = Texts.forDefaultLocale(ZoneId.systemDefault());
    try {
      Opened opened = opened();
      configuration = opened.configuration();
      services = opened.services();
    } catch (ConfigException e) {
      LOG.log(System.Logger.Level.ERROR, "Back Office cannot start: {0}", e.getMessage());
      startFailure = e.getMessage();
      configurationFailed = true;
    } catch (DataDirectoryException | StoreException e) {
      LOG.log(System.Logger.Level.ERROR, "Back Office cannot start: {0}", e.getMessage());
      startFailure = e.getMessage();
    }
  }

  /** What {@link #open} began, or, launched without it, the same work done here. */
  private Opened opened() {
    CompletableFuture<Opened> begun = opening;
    if (begun == null) {
      Map<String, String> named = getParameters().getNamed();
      return openServices(
          Optional.ofNullable(named.get("data-dir")).map(Path::of),
          Optional.ofNullable(named.get("config")).map(Path::of),
          Boolean.parseBoolean(named.get("verbose")));
    }
    try {
      return begun.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public void start(Stage stage) {
    Theme.install();
    if (startFailure != null) {
      showStartFailure();
      return;
    }
    background = Background.forApplication(texts);
    UiContext ui =
        new UiContext(
            services.auth(),
            background,
            new Views(texts),
            texts,
            Host.system(),
            new UiSettings(
                configuration.twoFactorRequired(),
                configuration.kiosk(),
                configuration.idleTimeout()),
            Clock.systemDefaultZone());
    StackPane root = new StackPane();
    Scene scene = new Scene(root, WIDTH, HEIGHT);
    Theme.style(scene);
    stage.setScene(scene);
    stage.setTitle(texts.get("app.title"));
    Theme.icon(stage);
    stage.setMinWidth(MIN_WIDTH);
    stage.setMinHeight(MIN_HEIGHT);
    UncaughtErrors.install(texts, services.dataDirectory().resolve(Logging.FOLDER), stage);
    navigator = new Navigator(ui, root);
    navigator.attach(stage);
    // A kiosk is always full screen; a workstation's window opens where it was left.
    boolean placed = ui.settings().kiosk();
    if (!ui.settings().kiosk()) {
      placement = new WindowPlacement(services.dataDirectory().resolve("window.properties"));
      placed = placement.restore(stage);
      stage.setOnCloseRequest(event -> placement.save(stage));
    }
    StartupProbe.watch(stage);
    stage.show();
    if (!placed) {
      // JavaFX 21 on Linux shows the first window at 200x200 under some window managers
      // (JDK-8316423); sizing it again once shown puts the scene's size back.
      Platform.runLater(
          () -> {
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.centerOnScreen();
          });
    }
    navigator.start();
  }

  private void showStartFailure() {
    Alert alert = new Alert(Alert.AlertType.ERROR, startFailure, ButtonType.CLOSE);
    alert.setTitle(
        texts.get(configurationFailed ? "app.configProblem.title" : "app.storeProblem.title"));
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
    if (navigator != null) {
      navigator.applicationStopping();
    }
    if (background != null) {
      background.shutdown();
    }
    if (services != null) {
      services.close();
    }
  }
}
