package app.backoffice.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of a data directory's store, read past the store, as text that compares
 * and prints well: what a test holds before and after an operation to show what it wrote.
 */
public record StoreTables(Map<String, List<String>> rows) {

  public static final String USERS = "users";
  public static final String RECOVERY_CODES = "recovery_codes";
  public static final String THROTTLE = "throttle";
  public static final String AUDIT_LOG = "audit_log";

  /** Reads the committed state of the store in this data directory. */
  public static StoreTables of(Path dataDir) {
    try (Connection connection = SqliteFixtures.connect(SqliteFixtures.storeFile(dataDir))) {
      Map<String, List<String>> tables = new TreeMap<>();
      for (String table : tableNames(connection)) {
        tables.put(table, rows(connection, table));
      }
      return new StoreTables(Map.copyOf(tables));
    } catch (SQLException e) {
      throw new IllegalStateException("the store could not be read past the store", e);
    }
  }

  public List<String> table(String name) {
    return rows.getOrDefault(name, List.of());
  }

  private static List<String> tableNames(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      while (result.next()) {
        names.add(result.getString(1));
      }
    }
    return names;
  }

  private static List<String> rows(Connection connection, String table) throws SQLException {
    List<String> rows = new ArrayList<>();
    // Ordered by the first column, the key of every table here, including the one without rowid.
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> row = new ArrayList<>(columns);
        for (int column = 1; column <= columns; column++) {
          Object value = result.getObject(column);
          row.add(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : "" + value);
        }
        rows.add(String.join(" | ", row));
      }
    }
    return rows;
  }
}
