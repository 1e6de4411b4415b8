package app.backoffice.cli;

import app.backoffice.auth.UserSummary;
import app.backoffice.store.Role;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backoffice user ...}: add and manage users. */
@Command(name = "user", description = "Add and manage users.", synopsisSubcommandLabel = "COMMAND")
final class UserCommand {

  private static final DateTimeFormatter CREATED = DateTimeFormatter.ISO_INSTANT;

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
      @Option(names = "--email", required = true, paramLabel = "EMAIL") String email,
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
      @Option(names = "--email", required = true, paramLabel = "EMAIL") String email,
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
      description = "Switch a user's two-factor authentication off, for one who lost the device.")
  int resetTwoFactor(
      @Option(names = "--email", required = true, paramLabel = "EMAIL") String email) {
    return change(email, "user.twoFactorReset", Action.RESET_TWO_FACTOR);
  }

  @Command(name = "unlock", description = "End a lock after too many failed sign-ins.")
  int unlock(@Option(names = "--email", required = true, paramLabel = "EMAIL") String email) {
    return change(email, "user.unlocked", Action.UNLOCK);
  }

  @Command(name = "disable", description = "Stop a user from signing in.")
  int disable(@Option(names = "--email", required = true, paramLabel = "EMAIL") String email) {
    return change(email, "user.disabled", Action.DISABLE);
  }

  @Command(name = "enable", description = "Let a disabled user sign in again.")
  int enable(@Option(names = "--email", required = true, paramLabel = "EMAIL") String email) {
    return change(email, "user.enabled", Action.ENABLE);
  }

  private int change(String email, String doneKey, Action action) {
    context.withServices(
        email,
        services -> {
          switch (action) {
            case RESET_TWO_FACTOR -> services.administration().resetTwoFactor(email);
            case UNLOCK -> services.administration().unlock(email);
            case DISABLE -> services.administration().disable(email);
            case ENABLE -> services.administration().enable(email);
          }
          return null;
        });
    context.print(context.messages().get(doneKey, CommandContext.shown(email)));
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

  /** The one-step changes, which differ only in the call and the message. */
  private enum Action {
    RESET_TWO_FACTOR,
    UNLOCK,
    DISABLE,
    ENABLE
  }
}
