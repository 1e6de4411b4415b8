package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import app.backoffice.text.HostileText;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The screens fed the same hostile text as the services' property tests, pasted into the fields as
 * a person would paste it: every attempt ends in a sentence on the screen or the next screen, and
 * no exception reaches the uncaught-exception handler.
 */
class HostileInputScreensTest extends WindowTestBase {

  /** Samples per screen: enough to meet each kind of hostile text a few times. */
  private static final int SAMPLES = 30;

  private static final String LEE = "lee@example.com";

  private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
  private Thread.UncaughtExceptionHandler previous;
  private UiFixture.Enrolled lee;

  @Override
  protected void addAccounts(UiFixture fixture) {
    fixture.addUser(UiFixture.EMAIL, Role.STAFF);
    lee = fixture.addUserWithTwoFactor(LEE, Role.STAFF);
  }

  @BeforeEach
  void recordUncaughtExceptions(FxRobot robot) {
    previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
    robot.interact(
        () ->
            Thread.currentThread()
                .setUncaughtExceptionHandler((thread, error) -> uncaught.add(error)));
  }

  @AfterEach
  void restoreHandlers(FxRobot robot) {
    robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
    Thread.setDefaultUncaughtExceptionHandler(previous);
  }

  @Test
  void signInScreenAnswersEveryHostileEmailAndPassword(FxRobot robot) {
    List<String> emails = sample(HostileText.emails());
    List<String> passwords = sample(HostileText.passwords());
    for (int i = 0; i < SAMPLES; i++) {
      paste(robot, "#emailField", emails.get(i));
      paste(robot, "#passwordField", passwords.get(i));
      robot.type(KeyCode.ENTER);

      assertThat(door.text("#errorLabel"))
          .as("after %s", HostileText.shown(emails.get(i)))
          .isNotBlank();
      // Five refusals lock an address; the clock moves on so that every try is checked afresh.
      fixture.advance(Duration.ofHours(2));
    }
    assertThat(uncaught).isEmpty();
  }

  @Test
  void codeScreenAnswersEveryHostileCodeInBothModes(FxRobot robot) {
    door.signIn(LEE);
    List<String> codes = sample(HostileText.codes());
    for (int i = 0; i < SAMPLES; i++) {
      boolean recovery = i >= SAMPLES / 2;
      if (recovery != door.isShown("#recoveryField")) {
        robot.clickOn("#switchLink");
      }
      String field = recovery ? "#recoveryField" : "#codeField";
      paste(robot, field, codes.get(i));
      robot.type(KeyCode.ENTER);

      boolean stillHere = robot.lookup("#switchLink").tryQuery().isPresent();
      boolean answered = !stillHere || !door.text("#errorLabel").isBlank();
      assertThat(answered).as("after %s", HostileText.shown(codes.get(i))).isTrue();
      if (!stillHere) {
        // Signed in by a well-formed code that happened to be right, or sent back to sign in.
        fixture.advance(Duration.ofHours(2));
        door.signIn(LEE);
      }
      fixture.advance(Duration.ofSeconds(30));
    }
    assertThat(uncaught).isEmpty();
  }

  @Test
  void changePasswordScreenAnswersEveryHostilePassword(FxRobot robot) {
    door.signInAndSkipRecommendation(UiFixture.EMAIL);
    door.choose("#passwordItem");
    List<String> passwords = sample(HostileText.passwords());
    for (int i = 0; i < SAMPLES; i++) {
      paste(robot, "#currentField", passwords.get(i));
      paste(robot, "#newField", passwords.get((i + 1) % SAMPLES));
      paste(robot, "#confirmField", passwords.get((i + 1) % SAMPLES));
      robot.type(KeyCode.ENTER);

      boolean answered =
          !door.text("#errorLabel").isBlank() || robot.lookup("#currentField").tryQuery().isEmpty();
      assertThat(answered).as("after %s", HostileText.shown(passwords.get(i))).isTrue();
      fixture.advance(Duration.ofHours(2));
      if (robot.lookup("#currentField").tryQuery().isEmpty()) {
        door.choose("#passwordItem");
      }
    }
    assertThat(uncaught).isEmpty();
  }

  /** Puts {@code text} in a field as pasting does: through the field's own input rules. */
  private void paste(FxRobot robot, String query, String text) {
    TextInputControl field = door.field(query);
    robot.interact(
        () -> {
          field.requestFocus();
          field.selectAll();
          field.replaceSelection(text);
        });
  }

  /**
   * A fresh sample each run (jqwik draws seeded samples only inside its own properties); a failure
   * names the input that caused it.
   */
  private static List<String> sample(Arbitrary<String> arbitrary) {
    return arbitrary.sampleStream().limit(SAMPLES).toList();
  }
}
