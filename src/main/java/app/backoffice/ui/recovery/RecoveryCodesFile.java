package app.backoffice.ui.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/** Recovery codes as a small text file that only its owner can read. */
final class RecoveryCodesFile {

  private static final System.Logger LOG = System.getLogger(RecoveryCodesFile.class.getName());

  private RecoveryCodesFile() {}

  static String text(String header, List<String> codes) {
    return header
        + System.lineSeparator()
        + System.lineSeparator()
        + String.join(System.lineSeparator(), codes)
        + System.lineSeparator();
  }

  /**
   * Writes the text to {@code file}, replacing it; answers why it failed, in a few words, or empty.
   */
  static Optional<String> write(Path file, String text) {
    try {
      Files.deleteIfExists(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.writeString(
          file,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
      LOG.log(System.Logger.Level.INFO, "Saved recovery codes to {0}", file);
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Could not save recovery codes to {0}: {1}",
          file,
          e.toString());
      String reason = e.getMessage();
      return Optional.of(reason == null ? e.getClass().getSimpleName() : reason);
    }
  }
}
