package app.backoffice.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the tests of the signed-in pages share: a window over a store of its own in a temporary
 * folder, holding the accounts the test adds, the door to walk through it, and the store closed
 * afterwards.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTestBase {

  @TempDir protected Path directory;

  protected UiFixture fixture;
  protected Stage stage;
  protected Navigator navigator;
  protected Door door;

  /** Adds the test's users to the store before the window opens on it. */
  protected abstract void addAccounts(UiFixture fixture);

  /**
   * The settings the window opens with: a workstation without idle sign-out unless a test class
   * says otherwise, so that tests moving the clock by hours keep their window.
   */
  protected UiSettings settings() {
    return UiSettings.DEFAULT.withIdleTimeout(Duration.ZERO);
  }

  @BeforeEach
  final void openTheWindow(FxRobot robot) throws TimeoutException {
    fixture = new UiFixture(directory);
    addAccounts(fixture);
    if (ownWindow()) {
      stage =
          FxToolkit.setupFixture(
              () -> {
                Stage own = new Stage();
                navigator = fixture.show(own, settings());
                return own;
              });
    } else {
      FxToolkit.setupStage(
          shown -> {
            stage = shown;
            navigator = fixture.show(shown, settings());
          });
    }
    door = new Door(robot, fixture);
  }

  /**
   * Whether the test needs a window of its own rather than the shared primary one: a window changed
   * for good, as a kiosk's is, must not outlive its test.
   */
  protected boolean ownWindow() {
    return false;
  }

  @AfterEach
  final void closeTheStore() throws TimeoutException {
    if (ownWindow() && stage != null) {
      Stage closing = stage;
      FxToolkit.setupFixture(closing::hide);
    }
    fixture.close();
  }
}
