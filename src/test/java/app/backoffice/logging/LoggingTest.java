package app.backoffice.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingTest {

  @TempDir Path dataDir;

  @AfterEach
  void resetLogging() {
    LogManager.getLogManager().reset();
  }

  @Test
  void systemLoggerWritesOneLinePerRecordToTheDataDirectory() throws Exception {
    Path file = Logging.configure(dataDir, false).orElseThrow();

    System.getLogger("app.backoffice.Example")
        .log(System.Logger.Level.INFO, "Signed in {0}\nforged line", "kim@example.com");

    assertThat(file).isEqualTo(dataDir.resolve("logs/backoffice.log"));
    assertThat(Files.readAllLines(file))
        .singleElement()
        .asString()
        .endsWith("INFO app.backoffice.Example: Signed in kim@example.com forged line");
  }

  @Test
  void javaFxsWarningAboutTheClassPathIsLeftOutAndItsOtherWarningsKept() throws Exception {
    Path file = Logging.configure(dataDir, false).orElseThrow();

    System.Logger javafx = System.getLogger("javafx");
    javafx.log(
        System.Logger.Level.WARNING,
        "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b6d3586'");
    javafx.log(System.Logger.Level.WARNING, "Some other trouble");

    assertThat(Files.readAllLines(file))
        .singleElement()
        .asString()
        .endsWith("WARNING javafx: Some other trouble");
  }

  @Test
  void logFileAndFolderAreOwnerOnly() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = Logging.configure(dataDir, false).orElseThrow();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void fullLogRotatesAndKeepsAFixedNumberOfFiles() throws Exception {
    Path file = dataDir.resolve("app.log");
    OwnerOnlyFileHandler handler = new OwnerOnlyFileHandler(file, 200, 3);
    handler.setFormatter(new OneLineFormatter());

    for (int i = 0; i < 40; i++) {
      handler.publish(new LogRecord(Level.INFO, "record number " + i));
    }
    handler.close();

    assertThat(file).exists();
    assertThat(dataDir.resolve("app.log.1")).exists();
    assertThat(dataDir.resolve("app.log.2")).exists();
    assertThat(dataDir.resolve("app.log.3")).doesNotExist();
    assertThat(Files.size(file)).isLessThanOrEqualTo(200);
    assertThat(Files.readString(file)).contains("record number 39");
  }

  @Test
  void unwritableFolderLeavesLoggingWithoutAFile() throws Exception {
    Files.writeString(dataDir.resolve("logs"), "a file where the folder should be");

    assertThat(Logging.configure(dataDir, false)).isEmpty();
  }
}
