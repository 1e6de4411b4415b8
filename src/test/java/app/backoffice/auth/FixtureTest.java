package app.backoffice.auth;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh store in a temporary folder for every test, with the services over it. */
abstract class FixtureTest {

  @TempDir Path directory;

  AuthFixture fixture;
  AuthService auth;
  UserAdministration admin;

  @BeforeEach
  void openFixture() {
    fixture = new AuthFixture(directory);
    auth = fixture.auth();
    admin = fixture.admin();
  }

  @AfterEach
  void closeFixture() {
    fixture.close();
  }
}
