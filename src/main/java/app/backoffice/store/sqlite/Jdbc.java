package app.backoffice.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers over one JDBC connection, so that repositories read as their SQL. */
final class Jdbc {

  /** Turns the current row into a value. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private final Connection connection;

  Jdbc(Connection connection) {
    this.connection = connection;
  }

  int update(String sql, Object... parameters) {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  long insert(String sql, Object... parameters) {
    try (PreparedStatement statement =
        connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(statement, parameters);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no key generated for insert");
        }
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
    try (PreparedStatement statement = prepare(sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
    List<T> rows = query(sql, mapper, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  long queryLong(String sql, Object... parameters) {
    return queryOne(sql, row -> row.getLong(1), parameters).orElse(0L);
  }

  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      bind(statement, parameters);
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }

  /** Reads a nullable integer column. */
  static Optional<Long> nullableLong(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? Optional.empty() : Optional.of(value);
  }

  /** An SQL failure carried unchecked through the repositories to the store's edge. */
  static final class SqlFailure extends RuntimeException {
    SqlFailure(SQLException cause) {
      super(cause.getMessage(), cause);
    }

    SQLException sqlException() {
      return (SQLException) getCause();
    }
  }
}
