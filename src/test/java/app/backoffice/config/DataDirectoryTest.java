package app.backoffice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

  private static final Path HOME = Path.of("/home/kim");

  @TempDir Path temp;

  @Test
  void optionWinsOverEnvironmentAndStandardPlace() {
    DataDirectory directory =
        DataDirectory.resolve(
            Optional.of(Path.of("/srv/bo")), Map.of("BACKOFFICE_HOME", "/opt/bo"), "Linux", HOME);
    assertThat(directory.path()).isEqualTo(Path.of("/srv/bo"));
  }

  @Test
  void theConfigurationFileComesAfterTheOptionAndTheVariable() {
    Optional<Path> configured = Optional.of(Path.of("/var/lib/backoffice"));
    assertThat(DataDirectory.resolve(Optional.empty(), configured, Map.of(), "Linux", HOME).path())
        .isEqualTo(Path.of("/var/lib/backoffice"));
    assertThat(
            DataDirectory.resolve(
                    Optional.empty(),
                    configured,
                    Map.of("BACKOFFICE_HOME", "/opt/bo"),
                    "Linux",
                    HOME)
                .path())
        .isEqualTo(Path.of("/opt/bo"));
    assertThat(
            DataDirectory.resolve(
                    Optional.of(Path.of("/srv/bo")), configured, Map.of(), "Linux", HOME)
                .path())
        .isEqualTo(Path.of("/srv/bo"));
  }

  @Test
  void environmentVariableWinsOverStandardPlace() {
    DataDirectory directory =
        DataDirectory.resolve(
            Optional.empty(), Map.of("BACKOFFICE_HOME", "/opt/bo"), "Linux", HOME);
    assertThat(directory.path()).isEqualTo(Path.of("/opt/bo"));
  }

  @Test
  void blankEnvironmentVariableIsIgnored() {
    DataDirectory directory =
        DataDirectory.resolve(Optional.empty(), Map.of("BACKOFFICE_HOME", " "), "Linux", HOME);
    assertThat(directory.path()).isEqualTo(HOME.resolve(".local/share/backoffice"));
  }

  @Test
  void linuxFollowsXdgDataHomeWhenItIsAbsolute() {
    assertThat(DataDirectory.standardPlace(Map.of("XDG_DATA_HOME", "/data/kim"), "Linux", HOME))
        .isEqualTo(Path.of("/data/kim/backoffice"));
    assertThat(DataDirectory.standardPlace(Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME))
        .isEqualTo(HOME.resolve(".local/share/backoffice"));
  }

  @Test
  void windowsUsesLocalAppData() {
    assertThat(
            DataDirectory.standardPlace(
                Map.of("LOCALAPPDATA", "/c/Users/kim/AppData/Local"), "Windows 11", HOME))
        .isEqualTo(Path.of("/c/Users/kim/AppData/Local/BackOffice"));
  }

  @Test
  void macUsesApplicationSupport() {
    assertThat(DataDirectory.standardPlace(Map.of(), "Mac OS X", HOME))
        .isEqualTo(HOME.resolve("Library/Application Support/BackOffice"));
  }

  @Test
  void createdFolderIsReadableByItsOwnerOnly() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path folder = temp.resolve("nested/backoffice");

    DataDirectory.resolve(Optional.of(folder), Map.of(), "Linux", HOME).ensureExists();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
  }

  @Test
  void fileInThePlaceOfTheFolderIsAClearError() throws Exception {
    Path file = Files.writeString(temp.resolve("taken"), "not a folder");

    assertThatThrownBy(
            () -> DataDirectory.resolve(Optional.of(file), Map.of(), "Linux", HOME).ensureExists())
        .isInstanceOf(DataDirectoryException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is a file");
  }

  @Test
  void programsStartingTogetherOnANewDataDirectoryAllSucceed() throws Exception {
    Path fresh = temp.resolve("fresh");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<DataDirectory>> starts = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        starts.add(
            pool.submit(
                () ->
                    DataDirectory.resolve(Optional.of(fresh), Map.of(), "Linux", HOME)
                        .ensureExists()));
      }
      for (Future<DataDirectory> start : starts) {
        assertThat(start.get(30, TimeUnit.SECONDS).path()).isEqualTo(fresh);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
