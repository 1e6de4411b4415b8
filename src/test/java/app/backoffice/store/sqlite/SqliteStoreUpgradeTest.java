package app.backoffice.store.sqlite;

import static app.backoffice.store.sqlite.SqliteFixtures.SECRET;
import static app.backoffice.store.sqlite.SqliteFixtures.addUser;
import static app.backoffice.store.sqlite.SqliteFixtures.addUserWithTwoFactor;
import static app.backoffice.store.sqlite.SqliteFixtures.queryLong;
import static app.backoffice.store.sqlite.SqliteFixtures.storeFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.backoffice.store.LookAlikeEmailException;
import app.backoffice.store.ThrottleState;
import app.backoffice.store.User;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreUpgradeTest {

  private final SecureRandom random = new SecureRandom();

  @TempDir Path dataDir;

  private SqliteStore openAtVersionOne() {
    return SqliteStore.open(dataDir, random, Migrations.load(), 1);
  }

  @Test
  void storeCanBeCreatedAtAnOlderSchema() throws Exception {
    openAtVersionOne().close();

    assertThat(queryLong(storeFile(dataDir), "PRAGMA user_version")).isEqualTo(1);
    assertThat(
            queryLong(
                storeFile(dataDir), "SELECT count(*) FROM sqlite_master WHERE name = 'throttle'"))
        .isZero();
  }

  @Test
  void versionOneStoreIsUpgradedKeepingItsUsers() throws Exception {
    User ann;
    try (SqliteStore old = openAtVersionOne()) {
      ann = addUser(old, "ann@example.com");
    }

    try (SqliteStore upgraded = SqliteStore.open(dataDir, random)) {
      Optional<User> found = upgraded.read(r -> r.users().findByEmail("ann@example.com"));
      assertThat(found).contains(ann);

      ThrottleState state = new ThrottleState(2, 0, Optional.empty());
      upgraded.update(r -> r.throttle().save("ann@example.com", state));
      Optional<ThrottleState> saved = upgraded.read(r -> r.throttle().find("ann@example.com"));
      assertThat(saved).contains(state);
    }

    assertThat(queryLong(storeFile(dataDir), "PRAGMA user_version"))
        .isEqualTo(Migrations.load().latest());
  }

  @Test
  void upgradeKeepsTwoFactorSecretsReadable() {
    User ann;
    try (SqliteStore old = openAtVersionOne()) {
      ann = addUserWithTwoFactor(old, "ann@example.com");
    }

    try (SqliteStore upgraded = SqliteStore.open(dataDir, random)) {
      Optional<String> secret = upgraded.read(r -> r.users().totpSecret(ann.id()));
      assertThat(secret).contains(SECRET);
    }
  }

  @Test
  void upgradedStoreOpensAgainWithoutChange() throws Exception {
    openAtVersionOne().close();
    SqliteStore.open(dataDir, random).close();
    String upgraded = SqliteFixtures.sha256(storeFile(dataDir));

    SqliteStore.open(dataDir, random).close();

    assertThat(SqliteFixtures.sha256(storeFile(dataDir))).isEqualTo(upgraded);
  }

  private SqliteStore openAtVersionTwo() {
    return SqliteStore.open(dataDir, random, Migrations.load(), 2);
  }

  private long usersWithASkeleton() throws Exception {
    return queryLong(
        storeFile(dataDir), "SELECT count(*) FROM users WHERE email_skeleton IS NOT NULL");
  }

  @Test
  void usersOfAnOlderStoreGetTheirSkeletonsSoThatLookAlikesAreRefused() throws Exception {
    try (SqliteStore old = openAtVersionTwo()) {
      addUser(old, "ann@example.com");
      addUser(old, "bob@example.com");
    }

    try (SqliteStore upgraded = SqliteStore.open(dataDir, random)) {
      assertThat(usersWithASkeleton()).isEqualTo(2);
      // Cyrillic а
      assertThatThrownBy(() -> addUser(upgraded, "\u0430nn@example.com"))
          .isInstanceOf(LookAlikeEmailException.class);
    }
  }

  @Test
  void lookAlikeUsersOfAnOlderStoreAreBothKeptAndTheOlderHoldsTheSkeleton() throws Exception {
    User ann;
    User lookAlike;
    try (SqliteStore old = openAtVersionTwo()) {
      ann = addUser(old, "ann@example.com");
      lookAlike = addUser(old, "\u0430nn@example.com");
    }

    try (SqliteStore upgraded = SqliteStore.open(dataDir, random)) {
      List<User> users = upgraded.read(r -> r.users().list());
      assertThat(users).containsExactly(ann, lookAlike);
      Optional<User> holder = upgraded.read(r -> r.users().findLookAlike("ann@example.com"));
      assertThat(holder).contains(ann);
      assertThatThrownBy(() -> addUser(upgraded, "ann@ex\u0430mple.com"))
          .isInstanceOf(LookAlikeEmailException.class);
    }
    assertThat(usersWithASkeleton()).isEqualTo(1);
  }

  @Test
  void storeWhoseSkeletonsAreUpToDateOpensWithoutChange() {
    try (SqliteStore old = openAtVersionTwo()) {
      addUser(old, "ann@example.com");
      addUser(old, "\u0430nn@example.com");
    }
    SqliteStore.open(dataDir, random).close();
    String upgraded = SqliteFixtures.sha256(storeFile(dataDir));

    SqliteStore.open(dataDir, random).close();

    assertThat(SqliteFixtures.sha256(storeFile(dataDir))).isEqualTo(upgraded);
  }

  @Test
  void skeletonsThatOtherRulesComputedAreRewritten() throws Exception {
    try (SqliteStore store = SqliteStore.open(dataDir, random)) {
      addUser(store, "ann@example.com");
    }
    // What a build with other look-alike rules would have left.
    SqliteFixtures.execute(storeFile(dataDir), "UPDATE users SET email_skeleton = 'stale'");
    SqliteFixtures.execute(storeFile(dataDir), "UPDATE email_skeleton_rules SET version = 0");

    try (SqliteStore reopened = SqliteStore.open(dataDir, random)) {
      assertThatThrownBy(() -> addUser(reopened, "\u0430nn@example.com"))
          .isInstanceOf(LookAlikeEmailException.class);
    }
  }
}
