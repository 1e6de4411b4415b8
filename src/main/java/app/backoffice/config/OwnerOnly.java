package app.backoffice.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Creates files and folders that only their owner can read: 0600 and 0700 on POSIX systems.
 *
 * <p>On other systems the per-user data folder already sits under the user's profile, which the
 * operating system keeps private, so the default permissions are used there.
 */
public final class OwnerOnly {

  private static final System.Logger LOG = System.getLogger(OwnerOnly.class.getName());

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

  /**
   * Takes group and other permissions away from an existing file that has them, where the platform
   * knows permissions. A file someone else owns is left as it is: only its owner can change it, and
   * reading it still works.
   */
  public static void tighten(Path file) {
    if (!POSIX) {
      return;
    }
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      Set<PosixFilePermission> ownerOnly = EnumSet.noneOf(PosixFilePermission.class);
      for (PosixFilePermission permission : permissions) {
        if (permission.name().startsWith("OWNER_")) {
          ownerOnly.add(permission);
        }
      }
      if (!ownerOnly.equals(permissions)) {
        Files.setPosixFilePermissions(file, ownerOnly);
        LOG.log(System.Logger.Level.WARNING, "Narrowed {0} to owner-only access", file);
      }
    } catch (IOException | UnsupportedOperationException e) {
      LOG.log(System.Logger.Level.DEBUG, "Could not narrow {0}: {1}", file, e.getMessage());
    }
  }

  private static FileAttribute<?> permissions(String symbolic) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(symbolic));
  }
}
