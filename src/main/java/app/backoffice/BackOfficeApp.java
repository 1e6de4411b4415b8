package app.backoffice;

import app.backoffice.auth.AuthSettings;
import app.backoffice.cli.WindowLauncher;
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

  private Services services;
  private String startFailure;
  private Texts texts;
  private Background background;
  private Navigator navigator;
  private WindowPlacement placement;

  /** Opens the window and returns once it is closed. */
  static void open(Optional<Path> dataDirectory, boolean verbose) {
    List<String> arguments = new ArrayList<>();
    dataDirectory.ifPresent(path -> arguments.add("--data-dir=" + path));
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

  /** Opens the store off the FX thread, before any window: a refusal is shown in {@link #start}. */
  @Override
  public void init() {
    texts = Texts.forDefaultLocale(ZoneId.systemDefault());
    Map<String, String> named = getParameters().getNamed();
    try {
      UiSettings.fromEnvironment(System.getenv());
      services =
          Services.open(
              Services.Settings.of(
                      DataDirectory.forThisProcess(
                          Optional.ofNullable(named.get("data-dir")).map(Path::of)),
                      AuthSettings.DEFAULT,
                      AuditSource.GUI)
                  .withLogToStandardError(Boolean.parseBoolean(named.get("verbose"))));
    } catch (DataDirectoryException | StoreException | IllegalArgumentException e) {
      LOG.log(System.Logger.Level.ERROR, "Back Office cannot start: {0}", e.getMessage());
      startFailure = e.getMessage();
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
            UiSettings.fromEnvironment(System.getenv()),
            Clock.systemDefaultZone());
    StackPane root = new StackPane();
    Scene scene = new Scene(root, WIDTH, HEIGHT);
    Theme.style(scene);
    stage.setScene(scene);
    stage.setTitle(texts.get("app.title"));
    stage.setMinWidth(MIN_WIDTH);
    stage.setMinHeight(MIN_HEIGHT);
    placement = new WindowPlacement(services.dataDirectory().resolve("window.properties"));
    boolean placed = placement.restore(stage);
    stage.setOnCloseRequest(event -> placement.save(stage));
    UncaughtErrors.install(texts, services.dataDirectory().resolve(Logging.FOLDER), stage);
    navigator = new Navigator(ui, root);
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
    alert.setTitle(texts.get("app.storeProblem.title"));
    alert.setHeaderText(texts.get("app.storeProblem.header"));
    alert.getDialogPane().setMinWidth(480);
    Theme.style(alert.getDialogPane().getScene());
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
