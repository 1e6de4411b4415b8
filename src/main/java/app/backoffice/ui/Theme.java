package app.backoffice.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The look: AtlantaFX's light theme for every control, and Back Office's own sheet on top. */
public final class Theme {

  private static final String SHEET =
      Objects.requireNonNull(Theme.class.getResource("backoffice.css")).toExternalForm();

  private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

  private Theme() {}

  /** Sets the theme for the whole application; call once on the FX thread before any window. */
  public static void install() {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
  }

  /**
   * Gives a window the application's icon, for the title bar and the task bar; the same picture as
   * the installers' icon (packaging/icons), in the sizes desktops ask for.
   */
  public static void icon(Stage stage) {
    for (int size : ICON_SIZES) {
      String name = "icons/backoffice-" + size + ".png";
      stage
          .getIcons()
          .add(new Image(Objects.requireNonNull(Theme.class.getResource(name)).toExternalForm()));
    }
  }

  /** Adds Back Office's stylesheet and its keyboard conventions to a scene. */
  public static void style(Scene scene) {
    KeyRules.install(scene);
    if (!scene.getStylesheets().contains(SHEET)) {
      scene.getStylesheets().add(SHEET);
    }
  }
}
