package app.backoffice.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
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
  protected Navigator navigator;
  protected Door door;

  /** Adds the test's users to the store before the window opens on it. */
  protected abstract void addAccounts(UiFixture fixture);

  @BeforeEach
  final void openTheWindow(FxRobot robot) throws TimeoutException {
    fixture = new UiFixture(directory);
    addAccounts(fixture);
    FxToolkit.setupStage(stage -> navigator = fixture.show(stage));
    door = new Door(robot, fixture);
  }

  @AfterEach
  final void closeTheStore() {
    fixture.close();
  }
}
