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

  /**
   * A folder's name. One the system cannot use, such as one with a NUL in it, is a usage error in
   * words, rather than picocli's message that names the Java exception.
   */
  static final class FolderConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new TypeConversionException(
            "expected the name of a folder, but got '" + value + "', which this system cannot use");
      }
    }
  }

  /** A file's name; whether it exists is for the command to tell. */
  static final class FileConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      try {
        if (value.isBlank()) {
          throw new TypeConversionException("expected the name of a file, but got nothing");
        }
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new TypeConversionException(
            "expected the name of a file, but got '" + value + "', which this system cannot use");
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
          throw new TypeConversionException(
              "expected a time between the years 1 and 9999, but got '" + value + "'");
        }
        return instant;
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
