package app.backoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class WindowStartTest {

  @TempDir Path dataDir;

  private final List<WindowStart> opened = new ArrayList<>();
  private CliFixture cli;

  @BeforeEach
  void givenAWindowThatRecordsHowItWasOpened() {
    cli = CliFixture.honouringDataDirOption(dataDir);
    cli.window =
        Optional.of(
            (directory, config, verbose) ->
                opened.add(new WindowStart(directory, config, verbose)));
  }

  @Test
  void noArgumentsOpenTheWindowWithDefaults() {
    assertThat(cli.run("")).isZero();
    assertThat(opened).containsExactly(new WindowStart(Optional.empty(), Optional.empty(), false));
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void windowOptionsInEitherSpellingReachTheWindow() {
    WindowStart expected =
        new WindowStart(
            Optional.of(Path.of("/srv/bo")), Optional.of(Path.of("kiosk.properties")), true);

    assertThat(cli.run("", "--data-dir", "/srv/bo", "--config", "kiosk.properties", "--verbose"))
        .isZero();
    assertThat(cli.run("", "--verbose", "--config=kiosk.properties", "--data-dir=/srv/bo"))
        .isZero();
    assertThat(opened).containsExactly(expected, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "--data-dir|a b",
        "--config=x=y.properties",
        "--verbose|--data-dir=./d",
        "--config|c.properties|--verbose|--data-dir|/srv/back office"
      })
  void readingWithoutTheParserAgreesWithTheParser(String joined) {
    String[] arguments = joined.isEmpty() ? new String[0] : joined.split("\\|");

    assertThat(WindowStart.read(arguments)).contains(parsed(arguments));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--data-dir|",
        "--data-dir| ",
        "--data-dir=",
        "--config=",
        "--data-dir|a|--data-dir|b",
        "--verbose|--verbose",
        "--verbose=yes",
        "--config",
        "--data-dir|--verbose",
        "--dta-dir|x",
        "-v",
        "--|--data-dir|x",
        "user|list"
      })
  void anythingButPlainWindowOptionsIsLeftToTheParser(String joined) {
    String[] arguments = joined.split("\\|", -1);

    assertThat(WindowStart.read(arguments)).isEmpty();
  }

  @Test
  void mistakesAreStillUsageErrorsInWordsAndOpenNoWindow() {
    assertThat(cli.run("", "--data-dir", " ")).isEqualTo(Cli.USAGE);
    assertThat(cli.err()).contains("--data-dir needs the name of a folder");
    assertThat(cli.run("", "--data-dir", "a", "--data-dir", "b")).isEqualTo(Cli.USAGE);
    assertThat(cli.run("", "--config")).isEqualTo(Cli.USAGE);
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(opened).isEmpty();
  }

  @Test
  void noDisplayIsOneSentenceAndExitStatusOneOnBothPaths() {
    cli.window =
        Optional.of(
            (directory, config, verbose) -> {
              throw new WindowLauncher.NoDisplay(new UnsupportedOperationException("no DISPLAY"));
            });

    assertThat(cli.run("", "--data-dir", dataDir.toString())).isEqualTo(Cli.FAILED);
    String quick = cli.err();
    // "-" as a folder name is legal but left to the parser, which opens the same way.
    assertThat(cli.run("", "--data-dir", "-")).isEqualTo(Cli.FAILED);
    String parsed = cli.err();

    assertThat(quick).isEqualTo(parsed).doesNotContain("Exception");
    assertThat(quick.lines()).hasSize(1);
    assertThat(cli.out()).isEmpty();
  }

  /** How the command-line parser reads the same arguments into a start of the window. */
  private static WindowStart parsed(String... arguments) {
    List<WindowStart> starts = new ArrayList<>();
    WindowLauncher recording =
        (directory, config, verbose) -> starts.add(new WindowStart(directory, config, verbose));
    BackOfficeCommand command =
        new BackOfficeCommand(Optional.of(recording), new CliMessages(Locale.ROOT), null);
    assertThat(new CommandLine(command).execute(arguments)).isZero();
    assertThat(starts).hasSize(1);
    return starts.get(0);
  }
}
