package app.backoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's help reads cleanly in an 80-column terminal. */
class HelpTest {

  /** Picocli's setting for the help's width, read each time a help is written. */
  private static final String USAGE_WIDTH = "picocli.usage.width";

  @TempDir Path dataDir;

  @ParameterizedTest(name = "backoffice {0} --help")
  @ValueSource(
      strings = {
        "",
        "user",
        "user add",
        "user list",
        "user set-password",
        "user reset-2fa",
        "user unlock",
        "user disable",
        "user enable",
        "audit",
        "config"
      })
  void helpFitsEightyColumnsWithoutSplittingAWord(String command) {
    String help = help(command);
    String unwrapped = unwrapped(command);

    assertThat(help.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    // Laid out with room to spare, the help has every word whole; at 80 columns it must still.
    assertThat(unwrapped.split("\\s+"))
        .allSatisfy(word -> assertThat(help).as("the help at 80 columns").contains(word));
  }

  private String help(String command) {
    CliFixture cli = CliFixture.honouringDataDirOption(dataDir);
    String[] arguments = (command + " --help").strip().split(" ");
    assertThat(cli.run("", arguments)).isZero();
    return cli.out();
  }

  /** The help as a terminal wide enough never to break a line of it would show it. */
  private String unwrapped(String command) {
    String before = System.getProperty(USAGE_WIDTH);
    System.setProperty(USAGE_WIDTH, "1000");
    try {
      String help = help(command);
      assertThat(Arrays.stream(help.split("\n")).mapToInt(String::length).max().orElse(0))
          .as("a line of the unwrapped help")
          .isGreaterThan(80);
      return help;
    } finally {
      if (before == null) {
        System.clearProperty(USAGE_WIDTH);
      } else {
        System.setProperty(USAGE_WIDTH, before);
      }
    }
  }
}
