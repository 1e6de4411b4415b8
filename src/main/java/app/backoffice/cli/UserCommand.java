package app.backoffice.cli;

import app.backoffice.auth.UserAdministration;
import app.backoffice.auth.UserSummary;
import app.backoffice.store.Role;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backoffice user ...}: add and manage users. */
@Command(name = "user", description = "Add and manage users.", synopsisSubcommandLabel = "COMMAND")
final class UserCommand {

  private static final DateTimeFormatter CREATED = DateTimeFormatter.ISO_INSTANT;
  private static final String EMAIL_HELP = "The user's email address, in any case.";

  private final CommandContext context;

  UserCommand(CommandContext context) {
    this.context = context;
  }

  @Command(
      name = "add",
      description = {
        "Add a user. Asks for the password twice without echo, or reads one line from"
            + " standard input with --password-stdin."
      })
  int add(
      @Option(names = "--email", required = true, paramLabel = "EMAIL", description = EMAIL_HELP)
          String email,
      @Option(
              names = "--role",
              defaultValue = "staff",
              paramLabel = "ROLE",
              converter = Converters.RoleConverter.class,
              description = "admin or staff (default: ${DEFAULT-VALUE}).")
          Role role,
      @Option(names = "--password-stdin", description = "Read the password from standard input.")
          boolean passwordStdin) {
    UserSummary added =
        context.withServices(
            email,
            services -> {
              services.administration().checkNewUser(email);
              String password = context.passwords().read(passwordStdin, email);
              return services.administration().addUser(email, password, role);
            });
    context.print(context.messages().get("user.added", added.email(), added.role().code()));
    return 0;
  }

  @Command(name = "list", description = "List the users, ordered by email.")
  int list(@Option(names = "--json", description = "Print JSON instead of a table.") boolean json) {
    List<UserSummary> users =
        context.withServices("", services -> services.administration().listUsers());
    if (json) {
      context.print(Json.array(users.stream().map(UserCommand::fields).toList()));
    } else if (users.isEmpty()) {
      context.print(context.messages().get("user.none"));
    } else {
      Table table = new Table("EMAIL", "ROLE", "2FA", "DISABLED", "LOCKED", "CREATED");
      for (UserSummary user : users) {
        table.row(
            user.email(),
            user.role().code(),
            yesNo(user.twoFactorEnabled()),
            yesNo(user.disabled()),
            yesNo(user.locked()),
            CREATED.format(user.created()));
      }
      context.print(table.toString());
    }
    return 0;
  }

  @Command(name = "set-password", description = "Set a user's password, for one who forgot theirs.")
  int setPassword(
      @Option(names = "--email", required = true, paramLabel = "EMAIL", description = EMAIL_HELP)
          String email,
      @Option(names = "--password-stdin", description = "Read the password from standard input.")
          boolean passwordStdin) {
    context.withServices(
        email,
        services -> {
          services.administration().checkExisting(email);
          String password = context.passwords().read(passwordStdin, email);
          services.administration().setPassword(email, password);
          return null;
        });
    context.print(context.messages().get("user.passwordSet", CommandContext.shown(email)));
    return 0;
  }

  @Command(
      name = "reset-2fa",
      description = {
        "Switch a user's two-factor authentication off, for one who lost the device; with --all,"
            + " everyone's, after the key file was lost. Works without the key file."
      })
  int resetTwoFactor(@ArgGroup(multiplicity = "1") Target target) {
    if (target.email != null) {
      context.withServices(
          target.email,
          true,
          services -> {
            services.administration().resetTwoFactor(target.email);
            return null;
          });
      context.print(
          context.messages().get("user.twoFactorReset", CommandContext.shown(target.email)));
      return 0;
    }
    List<String> reset =
        context.withServices(
            "", true, services -> services.administration().resetTwoFactorForEveryone());
    context.print(context.messages().get("user.twoFactorResetAll", reset.size()));
    return 0;
  }

  /** One user by email, or all of them. */
  static final class Target {
    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = EMAIL_HELP)
    String email;

    @Option(names = "--all", required = true, description = "Every user who has 2FA on.")
    boolean all;
  }

  @Command(name = "unlock", description = "End a lock after too many failed sign-ins.")
  int unlock(
      @Option(names = "--email", required = true, paramLabel = "EMAIL", description = EMAIL_HELP)
          String email) {
    return change(email, UserAdministration::unlock, "user.unlocked", "user.notLocked");
  }

  @Command(name = "disable", description = "Stop a user from signing in.")
  int disable(
      @Option(names = "--email", required = true, paramLabel = "EMAIL", description = EMAIL_HELP)
          String email) {
    return change(email, UserAdministration::disable, "user.disabled", "user.alreadyDisabled");
  }

  @Command(name = "enable", description = "Let a disabled user sign in again.")
  int enable(
      @Option(names = "--email", required = true, paramLabel = "EMAIL", description = EMAIL_HELP)
          String email) {
    return change(email, UserAdministration::enable, "user.enabled", "user.alreadyEnabled");
  }

  /** Runs a change that may find nothing to do, and says which it was. */
  private int change(
      String email,
      BiPredicate<UserAdministration, String> operation,
      String changedKey,
      String unchangedKey) {
    boolean changed =
        context.withServices(email, services -> operation.test(services.administration(), email));
    context.print(
        context.messages().get(changed ? changedKey : unchangedKey, CommandContext.shown(email)));
    return 0;
  }

  private static Map<String, Object> fields(UserSummary user) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("email", user.email());
    fields.put("role", user.role().code());
    fields.put("disabled", user.disabled());
    fields.put("twoFactorEnabled", user.twoFactorEnabled());
    fields.put("locked", user.locked());
    fields.put("created", CREATED.format(user.created()));
    return fields;
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
