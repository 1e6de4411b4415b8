package app.backoffice.cli;

import app.backoffice.store.Role;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turn option text into values. A refusal's message only names the fault for a reader of the code:
 * what the user reads is made by {@link UsageErrors} from what the option takes, in {@code
 * messages.properties}.
 */
final class Converters {

  private Converters() {}

  /** {@code admin} or {@code staff}, in any case. */
  static final class RoleConverter implements ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
      return Role.fromCode(value.strip().toLowerCase(Locale.ROOT))
          .orElseThrow(() -> new TypeConversionException("not a role"));
    }
  }

  /**
   * A file's or a folder's name; whether it exists is for the command to tell. One the system
   * cannot use, such as one with a NUL in it, is refused here rather than failing later with a
   * message that names the Java exception.
   */
  static final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("no name");
      }
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new TypeConversionException("a name this system cannot use");
      }
    }
  }

  /** A UTC instant such as {@code 2026-01-31T08:00:00Z}, or a date meaning its midnight UTC. */
  static final class InstantConverter implements ITypeConverter<Instant> {
    /** The store keeps milliseconds since 1970 in 64 bits; these bounds leave room either way. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @Override
    public Instant convert(String value) {
      try {
        Instant instant =
            value.contains("T")
                ? Instant.parse(value)
                : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
          throw new TypeConversionException("outside the years 1 to 9999");
        }
        return instant;
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("not a date or instant");
      }
    }
  }

  /** How many audit events to show, from 1 to {@link AuditCommand#MAX_LIMIT}. */
  static final class LimitConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      // Six digits hold the largest limit; more would overflow before the range check.
      if (!value.matches("[0-9]{1,6}")) {
        throw new TypeConversionException("not a whole number up to six digits");
      }
      int limit = Integer.parseInt(value);
      if (limit < 1 || limit > AuditCommand.MAX_LIMIT) {
        throw new TypeConversionException("out of range");
      }
      return limit;
    }
  }
}
