package app.backoffice.ui;

import app.backoffice.store.Role;
import org.junit.jupiter.api.BeforeEach;

/**
 * A page for users with 2FA on: the one user of the store has enrolled, has signed in with the code
 * the phone showed, and has chosen the page from the profile menu. The clock has not moved since,
 * so {@code fixture.codeNow(enrolled.secret())} is the code already spent on signing in.
 */
public abstract class EnrolledPageTestBase extends WindowTestBase {

  protected UiFixture.Enrolled enrolled;

  /** The fx:id of the profile menu's entry that opens the page under test, such as "#homeItem". */
  protected abstract String menuEntry();

  @Override
  protected void addAccounts(UiFixture fixture) {
    enrolled = fixture.addUserWithTwoFactor(UiFixture.EMAIL, Role.STAFF);
  }

  @BeforeEach
  final void openThePage() {
    door.signInWithCode(UiFixture.EMAIL, enrolled.secret());
    door.choose(menuEntry());
  }
}
