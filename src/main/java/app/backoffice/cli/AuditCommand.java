package app.backoffice.cli;

import app.backoffice.store.AuditEntry;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backoffice audit}: read the security audit log. */
@Command(name = "audit", description = "Show security events, newest first.")
final class AuditCommand implements Callable<Integer> {

  /** The most events one listing shows; {@code messages.properties} says the same number. */
  static final int MAX_LIMIT = 100_000;

  @Option(names = "--email", paramLabel = "EMAIL", description = "Only events about this email.")
  String email;

  @Option(
      names = "--since",
      paramLabel = "INSTANT",
      converter = Converters.InstantConverter.class,
      description =
          "Only events at or after this date or UTC time, such as 2026-01-31 or"
              + " 2026-01-31T08:00:00Z.")
  Instant since;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      converter = Converters.LimitConverter.class,
      description = "At most N events, 1 to " + MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  private final CommandContext context;

  AuditCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<AuditEntry> entries =
        context.withServices(
            email == null ? "" : email,
            services ->
                services
                    .administration()
                    .audit(Optional.ofNullable(email), Optional.ofNullable(since), limit));
    if (json) {
      context.print(Json.array(entries.stream().map(AuditCommand::fields).toList()));
    } else if (entries.isEmpty()) {
      context.print(context.messages().get("audit.none"));
    } else {
      Table table = new Table("TIME", "EVENT", "EMAIL", "SOURCE", "HOST", "DETAIL");
      for (AuditEntry entry : entries) {
        table.row(
            DateTimeFormatter.ISO_INSTANT.format(entry.at()),
            entry.event().name(),
            entry.email(),
            entry.source().code(),
            entry.host(),
            entry.detail());
      }
      context.print(table.toString());
    }
    return 0;
  }

  private static Map<String, Object> fields(AuditEntry entry) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("at", DateTimeFormatter.ISO_INSTANT.format(entry.at()));
    fields.put("event", entry.event().name());
    fields.put("email", entry.email());
    fields.put("userId", entry.userId().isPresent() ? entry.userId().getAsLong() : null);
    fields.put("source", entry.source().code());
    fields.put("host", entry.host());
    fields.put("detail", entry.detail());
    return fields;
  }
}
