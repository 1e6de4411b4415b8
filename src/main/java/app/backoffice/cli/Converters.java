package app.backoffice.cli;

import app.backoffice.store.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turn option text into values, with messages that say what was expected. */
final class Converters {

  private Converters() {}

  /** {@code admin} or {@code staff}, in any case. */
  static final class RoleConverter implements ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
      return Role.fromCode(value.strip().toLowerCase(Locale.ROOT))
          .orElseThrow(
              () ->
                  new TypeConversionException("expected admin or staff, but got '" + value + "'"));
    }
  }

  /** A UTC instant such as {@code 2026-01-31T08:00:00Z}, or a date meaning its midnight UTC. */
  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return value.contains("T")
            ? Instant.parse(value)
            : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "expected a UTC instant such as 2026-01-31T08:00:00Z or a date such as 2026-01-31,"
                + " but got '"
                + value
                + "'");
      }
    }
  }
}
