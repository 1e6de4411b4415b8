package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {

  @TempDir Path directory;

  private Stage stage;

  @Start
  void start(Stage shown) {
    stage = shown;
    stage.setWidth(700);
    stage.setHeight(650);
    stage.setX(40);
    stage.setY(30);
    stage.show();
  }

  @Test
  void aSavedPlacementComesBackOnTheNextStart() throws Exception {
    WindowPlacement placement = savedPlacement();

    Stage next = onFx(Stage::new);
    Optional<WindowPlacement.Bounds> restored = onFx(() -> placement.restore(next));

    assertThat(restored).isPresent();
    assertThat(next.getWidth()).isEqualTo(700);
    assertThat(next.getHeight()).isEqualTo(650);
    assertThat(next.getX()).isEqualTo(40);
    assertThat(next.getY()).isEqualTo(30);
    assertThat(directory).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aWindowThatOpenedSmallerIsPutBackToTheSavedSizeOnceShown() throws Exception {
    WindowPlacement placement = savedPlacement();
    Stage next = onFx(Stage::new);
    WindowPlacement.Bounds saved = onFx(() -> placement.restore(next)).orElseThrow();

    // What some window managers do with a first window: open it at another size.
    onFx(
        () -> {
          next.setMinWidth(300);
          next.setMinHeight(250);
          next.show();
          next.setWidth(300);
          next.setHeight(250);
          WindowPlacement.apply(next, saved);
          return null;
        });

    assertThat(next.getWidth()).isEqualTo(700);
    assertThat(next.getHeight()).isEqualTo(650);
    onFx(
        () -> {
          next.close();
          return null;
        });
  }

  @Test
  void aMaximisedWindowIsSavedWithThePlaceItHadBeforeAndReopensMaximised() throws Exception {
    WindowPlacement placement = new WindowPlacement(directory.resolve("window.properties"));
    Stage next = onFx(Stage::new);
    onFx(
        () -> {
          placement.restore(next);
          next.setX(40);
          next.setY(30);
          next.setWidth(700);
          next.setHeight(650);
          next.show();
          // What a window manager does on maximising: the flag, then the whole screen.
          next.setMaximized(true);
          next.setX(0);
          next.setY(0);
          next.setWidth(1280);
          next.setHeight(800);
          placement.save(next);
          next.close();
          return null;
        });

    assertThat(placement.load()).contains(new WindowPlacement.Bounds(40, 30, 700, 650, true));
  }

  @Test
  void theSavedFileIsReadableByItsOwnerOnly() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    savedPlacement();

    assertThat(Files.getPosixFilePermissions(directory.resolve("window.properties")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  /** A placement holding the shown window's place, 700x650 at (40, 30). */
  private WindowPlacement savedPlacement() throws Exception {
    WindowPlacement placement = new WindowPlacement(directory.resolve("window.properties"));
    onFx(
        () -> {
          placement.save(stage);
          return null;
        });
    return placement;
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }

  @Test
  void noFileMeansNoPlacement() {
    assertThat(new WindowPlacement(directory.resolve("window.properties")).load()).isEmpty();
  }

  @Test
  void aDamagedFileIsIgnored() throws IOException {
    Path file = directory.resolve("window.properties");
    Files.writeString(file, "x=left\ny=\nwidth=-3\n");
    assertThat(new WindowPlacement(file).load()).isEmpty();
  }

  @Test
  void aWindowTooSmallToUseIsNotRestored() throws IOException {
    Path file = directory.resolve("window.properties");
    Files.writeString(file, "x=0\ny=0\nwidth=20\nheight=20\nmaximized=false\n");
    assertThat(new WindowPlacement(file).load()).isEmpty();
  }

  @Test
  void aPlaceOffEveryScreenIsNotRestored() throws Exception {
    Path file = directory.resolve("window.properties");
    Files.writeString(file, "x=90000\ny=90000\nwidth=800\nheight=600\nmaximized=false\n");
    WindowPlacement placement = new WindowPlacement(file);
    Stage next = onFx(Stage::new);
    assertThat(onFx(() -> placement.restore(next))).isEmpty();
  }
}
