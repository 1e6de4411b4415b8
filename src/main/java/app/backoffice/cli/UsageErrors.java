package app.backoffice.cli;

import app.backoffice.text.PlainText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The parser's complaints in the command line's own words. Picocli's messages count positions in
 * the argument list and name Java types ("Unmatched argument at index 2", "is not an int"), which
 * tell someone who mistyped a command nothing; these say what was wrong and what is accepted.
 */
final class UsageErrors {

  /** The most of the unexpected arguments a sentence repeats. */
  private static final int MOST_QUOTED = 3;

  private final CliMessages messages;

  UsageErrors(CliMessages messages) {
    this.messages = messages;
  }

  /**
   * One sentence for the mistake, or empty for one this class does not know, which the caller words
   * from the parser's own message.
   *
   * @param arguments the command line as given, to tell an option given without its value from one
   *     left out
   */
  Optional<String> describe(ParameterException e, List<String> arguments) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    if (e instanceof UnmatchedArgumentException unmatched) {
      return Optional.of(unmatched(unmatched, command, name));
    }
    if (e instanceof MissingParameterException missing) {
      return missing(missing, name, arguments);
    }
    if (e instanceof OverwrittenOptionException twice
        && twice.getOverwritten() instanceof OptionSpec option) {
      return Optional.of(messages.get("usage.twice", option.longestName()));
    }
    if (e instanceof MutuallyExclusiveArgsException) {
      List<OptionSpec> options =
          command.getCommandSpec().argGroups().stream()
              .filter(ArgGroupSpec::exclusive)
              .flatMap(group -> group.options().stream())
              .toList();
      return Optional.of(messages.get("usage.exclusive", name, either(options), options.size()));
    }
    if (e.getCause() instanceof TypeConversionException
        && e.getArgSpec() instanceof OptionSpec option) {
      return wrongValue(option, e.getValue());
    }
    if (isMissingCommand(e, command)) {
      return Optional.of(messages.get("usage.missingCommand", name));
    }
    return Optional.empty();
  }

  private String unmatched(UnmatchedArgumentException e, CommandLine command, String name) {
    List<String> unmatched = e.getUnmatched();
    String first = unmatched.isEmpty() ? "" : unmatched.get(0);
    String near =
        e.getSuggestions().stream()
            .limit(MOST_QUOTED)
            .map(UsageErrors::quoted)
            .collect(Collectors.joining(" or "));
    boolean unknownCommand =
        !command.getSubcommands().isEmpty() && !command.getSubcommands().containsKey(first);
    if (e.isUnknownOption()) {
      return near.isEmpty()
          ? messages.get("usage.unknownOption", quoted(first), name)
          : messages.get("usage.unknownOptionNear", quoted(first), name, near);
    }
    if (unknownCommand) {
      return near.isEmpty()
          ? messages.get("usage.unknownCommand", quoted(first), name)
          : messages.get("usage.unknownCommandNear", quoted(first), name, near);
    }
    String shown =
        unmatched.stream()
            .limit(MOST_QUOTED)
            .map(UsageErrors::quoted)
            .collect(Collectors.joining(", "));
    return messages.get(
        "usage.unexpected", unmatched.size() > MOST_QUOTED ? shown + ", \u2026" : shown, name);
  }

  /** An option left out, or given without the value it takes. */
  private Optional<String> missing(
      MissingParameterException e, String name, List<String> arguments) {
    List<OptionSpec> options =
        e.getMissing().stream()
            .filter(OptionSpec.class::isInstance)
            .map(OptionSpec.class::cast)
            .toList();
    if (options.isEmpty()) {
      return Optional.empty();
    }
    OptionSpec first = options.get(0);
    if (options.size() == 1 && given(first, arguments)) {
      return Optional.of(needsValue(first));
    }
    boolean oneOf = first.group() != null && first.group().exclusive();
    String needed =
        options.stream()
            .map(UsageErrors::synopsis)
            .collect(Collectors.joining(oneOf ? " or " : " and "));
    return Optional.of(messages.get("usage.needs", name, needed));
  }

  private Optional<String> wrongValue(OptionSpec option, String value) {
    String name = option.longestName();
    if (option.type() == boolean.class || option.type() == Boolean.class) {
      return Optional.of(messages.get("usage.flagValue", name, shortened(value)));
    }
    if (value == null || value.isBlank()) {
      return Optional.of(needsValue(option));
    }
    return messages
        .find("option." + name)
        .map(accepted -> messages.get("usage.wrongValue", name, accepted, shortened(value)));
  }

  private String needsValue(OptionSpec option) {
    String name = option.longestName();
    return messages
        .find("option." + name)
        .map(accepted -> messages.get("usage.needs", name, accepted))
        .orElseGet(() -> messages.get("usage.needsValue", name));
  }

  /**
   * Whether the option is on the command line, alone or with {@code =value}: then what is missing
   * is its value, not the option.
   */
  private static boolean given(OptionSpec option, List<String> arguments) {
    for (String name : option.names()) {
      for (String argument : arguments) {
        if (argument.equals(name) || argument.startsWith(name + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Picocli has no exception of its own for a command given without one of its commands, such as
   * {@code backoffice user}; its message is the one sign.
   */
  private static boolean isMissingCommand(ParameterException e, CommandLine command) {
    return !command.getSubcommands().isEmpty()
        && e.getMessage() != null
        && e.getMessage().startsWith("Missing required subcommand");
  }

  /** An option as the help's synopsis writes it: {@code --email EMAIL}, {@code --all}. */
  private static String synopsis(OptionSpec option) {
    return option.arity().max() > 0 && !option.paramLabel().isEmpty()
        ? option.longestName() + " " + option.paramLabel()
        : option.longestName();
  }

  private static String either(List<OptionSpec> options) {
    return options.stream().map(UsageErrors::synopsis).collect(Collectors.joining(" or "));
  }

  private static String quoted(String argument) {
    return "'" + shortened(argument) + "'";
  }

  /** What was typed, as a sentence repeats it: one line, cut short. */
  private static String shortened(String argument) {
    return PlainText.shortened(PlainText.oneLine(argument), CommandContext.QUOTED);
  }
}
