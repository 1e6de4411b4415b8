package app.backoffice.cli;

import app.backoffice.text.PlainText;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row, columns padded to their widest cell. */
final class Table {

  private final List<String[]> rows = new ArrayList<>();

  Table(String... header) {
    rows.add(header);
  }

  /** Adds a row; cells are shown as plain text, so that stored values cannot steer the terminal. */
  Table row(String... cells) {
    String[] plain = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      plain[i] = PlainText.oneLine(cells[i]);
    }
    rows.add(plain);
    return this;
  }

  /** Columns a cell takes: one per character, none for combining marks. */
  private static int width(String cell) {
    return (int)
        cell.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).count();
  }

  @Override
  public String toString() {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        line.append(row[c]);
        if (c < columns - 1) {
          line.append(" ".repeat(widths[c] - width(row[c]) + 2));
        }
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }
}
