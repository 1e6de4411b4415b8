package app.backoffice.store.sqlite;

import app.backoffice.config.OwnerOnly;
import app.backoffice.store.StoreException;
import app.backoffice.store.StoreException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The 32-byte key that encrypts TOTP secrets, kept in its own owner-only file beside the store and
 * never in the database.
 */
final class KeyFile {

  static final String NAME = "secret.key";

  private KeyFile() {}

  /** Reads the key. Empty when the file does not exist. */
  static Optional<byte[]> read(Path file) {
    if (Files.isSymbolicLink(file)) {
      throw new StoreException(
          Problem.UNREADABLE,
          "The key file "
              + file
              + " is a symbolic link, but Back Office keeps its key in a regular"
              + " file of its own: replace the link with the file it points to.");
    }
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      byte[] key;
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        // One byte more than a key tells a long file from a right one without reading it all.
        key = in.readNBytes(SecretCipher.KEY_BYTES + 1);
      }
      if (key.length != SecretCipher.KEY_BYTES) {
        throw new StoreException(
            Problem.KEY_BAD_SIZE,
            "The key file "
                + file
                + (key.length > SecretCipher.KEY_BYTES
                    ? " is longer than the " + SecretCipher.KEY_BYTES + " bytes a key has"
                    : " holds " + key.length + " bytes instead of " + SecretCipher.KEY_BYTES)
                + ": restore the original from a backup, or if it is lost, move this file"
                + " away and run 'backoffice user reset-2fa --all', which switches 2FA off for"
                + " everyone and makes a new key.");
      }
      OwnerOnly.tighten(file);
      return Optional.of(key);
    } catch (AccessDeniedException e) {
      throw new StoreException(
          Problem.UNREADABLE,
          "The key file "
              + file
              + " cannot be read because permission was denied: run Back Office as"
              + " the user who owns it.",
          e);
    } catch (IOException e) {
      throw new StoreException(
          Problem.IO, "The key file " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Checks, before a new secret is sealed, that the key on disk is still the one in use: were it
   * replaced or removed while this program ran, the secret would be sealed with a key that no other
   * program can read.
   */
  static void confirm(Path file, SecretCipher cipher) {
    byte[] onDisk =
        read(file)
            .orElseThrow(
                () ->
                    new StoreException(
                        Problem.KEY_MISSING,
                        "The key file "
                            + file
                            + " disappeared while Back Office was running:"
                            + " restart Back Office before switching 2FA on."));
    if (!cipher.usesKey(onDisk)) {
      throw new StoreException(
          Problem.KEY_WRONG,
          "The key file "
              + file
              + " changed while Back Office was running: restart Back Office"
              + " before switching 2FA on.");
    }
  }

  /**
   * Creates a new random key. Never replaces an existing file: when another process created one
   * first, that key is used.
   */
  static byte[] create(Path file, SecureRandom random) {
    byte[] key = new byte[SecretCipher.KEY_BYTES];
    random.nextBytes(key);
    Path temporary = file.resolveSibling(NAME + "." + Long.toHexString(random.nextLong()) + ".tmp");
    try {
      OwnerOnly.createFile(temporary);
      Files.write(temporary, key, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      // A hard link appears whole and fails if the name is taken, so the key file is never
      // seen half-written and never written over.
      Files.createLink(file, temporary);
      return key;
    } catch (FileAlreadyExistsException e) {
      return read(file).orElseThrow(() -> new IllegalStateException("key file vanished"));
    } catch (IOException e) {
      throw new StoreException(
          Problem.IO, "The key file " + file + " cannot be created: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // A leftover temporary file holds a key nobody uses; it is harmless.
      }
    }
  }
}
