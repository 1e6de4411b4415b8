package app.backoffice.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.TemporaryFolder;
import app.backoffice.store.sqlite.StoreTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where the property tests feed hostile input to the services: an {@link AuthFixture} on a store in
 * a temporary folder, what the store holds read past the services, and the checks every property
 * shares.
 */
final class HostileInputBench implements AutoCloseable {

  private final List<TemporaryFolder> folders = new ArrayList<>();
  private Path folder;
  private AuthFixture fixture;

  HostileInputBench() {
    startAfresh();
  }

  AuthFixture fixture() {
    return fixture;
  }

  /** Closes the store and opens an empty one in a new folder. */
  void startAfresh() {
    if (fixture != null) {
      fixture.close();
    }
    TemporaryFolder made = new TemporaryFolder("hostile-input");
    folders.add(made);
    folder = made.path();
    fixture = new AuthFixture(folder);
  }

  /** Every row of the store as it is now. */
  StoreTables tables() {
    return StoreTables.of(folder);
  }

  /**
   * Runs an operation that either does its work or refuses with an {@link AccountException}; a
   * refusal must give one of the reasons and write nothing. Anything else thrown fails the try.
   *
   * @return what happened, for the statistics: the result's type or the reason for refusing
   */
  String doneOrRefused(Supplier<?> operation, AccountException.Reason... reasons) {
    StoreTables before = tables();
    try {
      Object result = operation.get();
      return result == null ? "done" : result.getClass().getSimpleName();
    } catch (AccountException e) {
      assertThat(e.reason()).isIn((Object[]) reasons);
      assertThat(tables()).as("what a refused operation left").isEqualTo(before);
      return "refused " + e.reason();
    }
  }

  /** Whether every password bcrypt was given so far held at most 72 bytes. */
  void assertBcryptSawAtMost72Bytes() {
    assertThat(fixture.bcrypt.longestPasswordBytes())
        .as("the longest password bcrypt was given, in bytes")
        .isLessThanOrEqualTo(PasswordPolicy.MAX_BYTES);
  }

  @Override
  public void close() {
    fixture.close();
    folders.forEach(TemporaryFolder::close);
  }
}
