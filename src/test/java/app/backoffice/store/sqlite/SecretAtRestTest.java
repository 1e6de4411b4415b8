package app.backoffice.store.sqlite;

import static app.backoffice.store.sqlite.SqliteFixtures.SECRET;
import static app.backoffice.store.sqlite.SqliteFixtures.addUser;
import static app.backoffice.store.sqlite.SqliteFixtures.addUserWithTwoFactor;
import static app.backoffice.store.sqlite.SqliteFixtures.execute;
import static app.backoffice.store.sqlite.SqliteFixtures.fileContains;
import static app.backoffice.store.sqlite.SqliteFixtures.keyFile;
import static app.backoffice.store.sqlite.SqliteFixtures.storeFile;
import static app.backoffice.store.sqlite.SqliteFixtures.walFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.backoffice.store.StoreException;
import app.backoffice.store.StoreException.Problem;
import app.backoffice.store.User;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TOTP secrets are encrypted in the store and bound to their user. */
class SecretAtRestTest {

  private final SecureRandom random = new SecureRandom();

  @TempDir Path dataDir;

  @Test
  void secretIsNotInTheStoreFilesInClear() throws Exception {
    try (SqliteStore store = SqliteStore.open(dataDir, random)) {
      addUserWithTwoFactor(store, "ann@example.com");

      assertThat(fileContains(storeFile(dataDir), SECRET)).as("secret in the store").isFalse();
      assertThat(fileContains(walFile(dataDir), SECRET)).as("secret in the log").isFalse();
    }

    assertThat(fileContains(storeFile(dataDir), SECRET)).as("secret in the closed store").isFalse();
    assertThat(fileContains(keyFile(dataDir), SECRET)).as("secret in the key file").isFalse();
  }

  @Test
  void plainTextIsFoundByTheSameSearch() throws Exception {
    // The search above proves nothing unless it finds text the store does keep in clear.
    String email = "findable-marker-4711@example.com";
    try (SqliteStore store = SqliteStore.open(dataDir, random)) {
      addUser(store, email);

      boolean found =
          fileContains(walFile(dataDir), email) || fileContains(storeFile(dataDir), email);
      assertThat(found).as("a plain email in the store files").isTrue();
    }
  }

  @Test
  void secretMovedToAnotherUsersRowDoesNotDecrypt() throws Exception {
    User ann;
    User bob;
    try (SqliteStore store = SqliteStore.open(dataDir, random)) {
      ann = addUserWithTwoFactor(store, "ann@example.com");
      bob = addUser(store, "bob@example.com");
    }
    execute(
        storeFile(dataDir),
        "UPDATE users SET totp_secret = (SELECT totp_secret FROM users WHERE id = "
            + ann.id()
            + "), two_factor_enabled_at = 0 WHERE id = "
            + bob.id());

    try (SqliteStore store = SqliteStore.open(dataDir, random)) {
      StoreException refusal =
          catchThrowableOfType(
              StoreException.class, () -> store.read(r -> r.users().totpSecret(bob.id())));

      assertThat(refusal).isNotNull();
      assertThat(refusal.problem()).isEqualTo(Problem.KEY_WRONG);
      assertThat(refusal.getMessage()).contains("user " + bob.id()).doesNotContain(SECRET);

      Optional<String> annSecret = store.read(r -> r.users().totpSecret(ann.id()));
      assertThat(annSecret).contains(SECRET);
      Optional<User> bobRow = store.read(r -> r.users().findById(bob.id()));
      assertThat(bobRow).as("the user whose secret is unreadable still reads").isPresent();
    }
  }
}
