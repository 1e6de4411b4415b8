package app.backoffice.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void statementsEndAtASemicolonAtTheEndOfALine() {
    String script = "CREATE TABLE a (x INTEGER);\nCREATE TABLE b (y TEXT);\n";

    assertThat(Migrations.statements(script))
        .containsExactly("CREATE TABLE a (x INTEGER);", "CREATE TABLE b (y TEXT);");
  }

  @Test
  void statementMaySpanSeveralLines() {
    String script = "CREATE TABLE a (\n  x INTEGER,\n  y TEXT\n);\n";

    assertThat(Migrations.statements(script))
        .containsExactly("CREATE TABLE a (\n  x INTEGER,\n  y TEXT\n);");
  }

  @Test
  void commentLinesAndBlankLinesAreDropped() {
    String script =
        "-- Version 9: a note\n\nCREATE TABLE a (\n  -- why x exists\n  x INTEGER\n);\n\n-- end\n";

    assertThat(Migrations.statements(script)).containsExactly("CREATE TABLE a (\n  x INTEGER\n);");
  }

  @Test
  void windowsLineEndingsStillSplit() {
    String script = "CREATE TABLE a (x INTEGER);\r\nCREATE TABLE b (y TEXT);\r\n";

    assertThat(Migrations.statements(script)).hasSize(2);
  }

  @Test
  void scriptWithOnlyCommentsHasNoStatements() {
    assertThat(Migrations.statements("-- nothing yet\n\n")).isEmpty();
  }

  @Test
  void trailingStatementWithoutSemicolonIsRejected() {
    String script = "CREATE TABLE a (x INTEGER);\nCREATE TABLE b (y TEXT)\n";

    assertThatThrownBy(() -> Migrations.statements(script))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("semicolon");
  }

  @Test
  void semicolonInsideALineDoesNotEndTheStatement() {
    String script = "INSERT INTO a VALUES ('x;y')\n  ;\n";

    assertThat(Migrations.statements(script)).containsExactly("INSERT INTO a VALUES ('x;y')\n  ;");
  }

  @Test
  void shippedMigrationsLoadInOrder() {
    Migrations migrations = Migrations.load();

    assertThat(migrations.latest()).isEqualTo(3);
    assertThat(migrations.statements(1)).first().asString().startsWith("PRAGMA application_id");
    assertThat(migrations.statements(1)).anyMatch(sql -> sql.startsWith("CREATE TABLE users"));
    assertThat(migrations.statements(2)).anyMatch(sql -> sql.startsWith("CREATE TABLE throttle"));
    assertThat(migrations.statements(3))
        .anyMatch(sql -> sql.startsWith("ALTER TABLE users ADD COLUMN email_skeleton"));
    for (int version = 1; version <= migrations.latest(); version++) {
      assertThat(migrations.statements(version)).allMatch(sql -> sql.endsWith(";"));
    }
  }

  @Test
  void applicationIdInTheFirstMigrationMatchesTheMarker() {
    assertThat(Migrations.load().statements(1))
        .contains("PRAGMA application_id = " + Migrations.APPLICATION_ID + ";");
  }
}
