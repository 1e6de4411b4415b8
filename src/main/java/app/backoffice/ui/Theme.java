package app.backoffice.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look: AtlantaFX's light theme for every control, and Back Office's own sheet on top. */
public final class Theme {

  private static final String SHEET =
      Objects.requireNonNull(Theme.class.getResource("backoffice.css")).toExternalForm();

  private Theme() {}

  /** Sets the theme for the whole application; call once on the FX thread before any window. */
  public static void install() {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
  }

  /** Adds Back Office's stylesheet and its keyboard conventions to a scene. */
  public static void style(Scene scene) {
    EnterKey.pressesDefaultButton(scene);
    EscapeKey.pressesCancelButton(scene);
    if (!scene.getStylesheets().contains(SHEET)) {
      scene.getStylesheets().add(SHEET);
    }
  }
}
