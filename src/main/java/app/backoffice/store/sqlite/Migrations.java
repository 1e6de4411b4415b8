package app.backoffice.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's history: numbered SQL files under {@code migrations/}, one per version. The schema
 * version of a store is its {@code PRAGMA user_version}.
 */
final class Migrations {

  /** The marker that {@code PRAGMA application_id} holds in every Back Office store: "BOF1". */
  static final int APPLICATION_ID = 0x424F4631;

  private final List<List<String>> versions;

  private Migrations(List<List<String>> versions) {
    this.versions = versions;
  }

  /** Loads every migration this build knows, in order. */
  static Migrations load() {
    List<List<String>> versions = new ArrayList<>();
    for (int version = 1; ; version++) {
      String name = String.format("migrations/%03d.sql", version);
      try (InputStream in = Migrations.class.getResourceAsStream(name)) {
        if (in == null) {
          return new Migrations(List.copyOf(versions));
        }
        versions.add(statements(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read migration " + name, e);
      }
    }
  }

  /** The newest schema version this build knows. */
  int latest() {
    return versions.size();
  }

  /** The statements that take a store from {@code version - 1} to {@code version}. */
  List<String> statements(int version) {
    return versions.get(version - 1);
  }

  /**
   * Splits a migration into statements: each ends with a semicolon at the end of a line. Comment
   * lines are dropped. Migrations hold no triggers, so no statement has a semicolon inside.
   */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        statements.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalArgumentException("a migration ends without a semicolon");
    }
    return statements;
  }
}
