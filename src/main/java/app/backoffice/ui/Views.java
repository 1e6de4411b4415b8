package app.backoffice.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML with the message bundle and its already-built controller. A controller
 * {@code FooController} has its view in {@code FooView.fxml} in the same package.
 */
public final class Views {

  private final Texts texts;

  public Views(Texts texts) {
    this.texts = texts;
  }

  /** Loads the view of {@code controller}, which the FXML names as its {@code fx:controller}. */
  public Parent load(Object controller) {
    Class<?> type = controller.getClass();
    String name = type.getSimpleName().replaceFirst("Controller$", "View") + ".fxml";
    URL location = type.getResource(name);
    if (location == null) {
      throw new IllegalStateException("No view " + name + " beside " + type.getName());
    }
    FXMLLoader loader = new FXMLLoader(location, texts.bundle());
    loader.setControllerFactory(
        requested -> {
          if (requested.isInstance(controller)) {
            return controller;
          }
          throw new IllegalStateException(name + " asks for " + requested + ", not " + type);
        });
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load " + name, e);
    }
  }
}
