package app.backoffice.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Creates files and folders that only their owner can read: 0600 and 0700 on POSIX systems.
 *
 * <p>On other systems the per-user data folder already sits under the user's profile, which the
 * operating system keeps private, so the default permissions are used there.
 */
public final class OwnerOnly {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private OwnerOnly() {}

  public static Path createDirectory(Path dir) throws IOException {
    return POSIX
        ? Files.createDirectory(dir, permissions("rwx------"))
        : Files.createDirectory(dir);
  }

  /** Creates a new empty file; fails if it exists. */
  public static Path createFile(Path file) throws IOException {
    return POSIX ? Files.createFile(file, permissions("rw-------")) : Files.createFile(file);
  }

  /** Narrows an existing file to owner-only access, where the platform knows permissions. */
  public static void restrict(Path file) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(
          file,
          PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwx------" : "rw-------"));
    }
  }

  private static FileAttribute<?> permissions(String symbolic) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(symbolic));
  }
}
