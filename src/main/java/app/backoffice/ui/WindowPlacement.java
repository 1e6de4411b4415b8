package app.backoffice.ui;

import app.backoffice.config.OwnerOnly;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers where the main window was and how big, in a small file in the data directory, and puts
 * it back there on the next start when that place is still on a screen.
 */
public final class WindowPlacement {

  private static final System.Logger LOG = System.getLogger(WindowPlacement.class.getName());

  private final Path file;

  /** The window's last place and size while not maximised; null until known. */
  private Bounds normal;

  public WindowPlacement(Path file) {
    this.file = file;
  }

  /** Where a window was saved; empty when nothing usable was saved. */
  public record Bounds(double x, double y, double width, double height, boolean maximized) {}

  /**
   * Applies the saved place to a stage not yet shown; returns it, or empty when nothing usable was
   * saved. Apply it again with {@link #apply} once the stage is shown: some window managers open a
   * window at another size first (see BackOfficeApp).
   */
  public Optional<Bounds> restore(Stage stage) {
    Optional<Bounds> saved = load().filter(WindowPlacement::onAScreen);
    saved.ifPresent(
        bounds -> {
          apply(stage, bounds);
          normal = bounds;
        });
    follow(stage);
    return saved;
  }

  /**
   * Keeps the place and size the window has while neither maximised nor full screen: the ones to
   * save and to come back to when a maximised window is made normal again on the next start.
   */
  private void follow(Stage stage) {
    InvalidationListener moved =
        observable -> {
          if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()) {
            normal =
                new Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
          }
        };
    stage.xProperty().addListener(moved);
    stage.yProperty().addListener(moved);
    stage.widthProperty().addListener(moved);
    stage.heightProperty().addListener(moved);
  }

  /** Moves and sizes the stage to the bounds, never below its minimum size. */
  public static void apply(Stage stage, Bounds bounds) {
    stage.setX(bounds.x());
    stage.setY(bounds.y());
    stage.setWidth(Math.max(bounds.width(), stage.getMinWidth()));
    stage.setHeight(Math.max(bounds.height(), stage.getMinHeight()));
    stage.setMaximized(bounds.maximized());
  }

  private static boolean onAScreen(Bounds bounds) {
    Rectangle2D area = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height());
    return Screen.getScreens().stream()
        .anyMatch(
            screen ->
                screen
                    .getVisualBounds()
                    .intersects(
                        area.getMinX(),
                        area.getMinY(),
                        Math.min(area.getWidth(), 100),
                        Math.min(area.getHeight(), 40)));
  }

  /**
   * Writes the stage's place, as the size and place it has when not maximised, and whether it is;
   * owner-only, like everything in the data directory. A failure is logged, never shown: it only
   * costs the next start.
   */
  public void save(Stage stage) {
    boolean maximized = stage.isMaximized();
    Bounds place =
        maximized && normal != null
            ? normal
            : new Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    Properties properties = new Properties();
    properties.setProperty("x", Double.toString(place.x()));
    properties.setProperty("y", Double.toString(place.y()));
    properties.setProperty("width", Double.toString(place.width()));
    properties.setProperty("height", Double.toString(place.height()));
    properties.setProperty("maximized", Boolean.toString(maximized));
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.deleteIfExists(temporary);
      OwnerOnly.createFile(temporary);
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        properties.store(writer, "Back Office window placement");
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Could not remember the window placement in {0}: {1}",
          file,
          e.getMessage());
    }
  }

  Optional<Bounds> load() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
      Bounds bounds =
          new Bounds(
              Double.parseDouble(properties.getProperty("x")),
              Double.parseDouble(properties.getProperty("y")),
              Double.parseDouble(properties.getProperty("width")),
              Double.parseDouble(properties.getProperty("height")),
              Boolean.parseBoolean(properties.getProperty("maximized")));
      boolean sane =
          Double.isFinite(bounds.x())
              && Double.isFinite(bounds.y())
              && bounds.width() >= 100
              && bounds.height() >= 100
              && bounds.width() < 100_000
              && bounds.height() < 100_000;
      return sane ? Optional.of(bounds) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Ignoring the unreadable window placement in {0}", file);
      return Optional.empty();
    }
  }
}
