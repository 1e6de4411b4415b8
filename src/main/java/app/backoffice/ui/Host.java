package app.backoffice.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * What the screens ask of the desktop around them: the keyboard's Caps Lock, the clipboard, a file
 * chooser. Tests answer these themselves, since a headless run has no native dialogs.
 */
public interface Host {

  /** Whether Caps Lock is on; empty when the platform cannot tell. */
  Optional<Boolean> capsLock();

  /** Puts text on the system clipboard. */
  void copy(String text);

  /** Asks where to save a file; empty when the user cancelled. */
  Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName);

  /** Ends the application, as an administrator quitting a kiosk does. */
  void quit();

  /** The real desktop. */
  static Host system() {
    return new Host() {
      @Override
      public Optional<Boolean> capsLock() {
        try {
          return Platform.isKeyLocked(KeyCode.CAPS);
        } catch (UnsupportedOperationException e) {
          return Optional.empty();
        }
      }

      @Override
      public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
      }

      @Override
      public void quit() {
        Platform.exit();
      }

      @Override
      public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        // Not the folder Back Office was started from, which may be an installation or a project.
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
          chooser.setInitialDirectory(home);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Text", "*.txt"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(file -> file.toPath());
      }
    };
  }
}
