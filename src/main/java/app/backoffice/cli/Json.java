package app.backoffice.cli;

import java.util.List;
import java.util.Map;

/** Writes the small JSON documents the command line prints: arrays of flat objects. */
final class Json {

  private Json() {}

  /** An array of objects whose values are strings, numbers, booleans or null. */
  static String array(List<Map<String, Object>> objects) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < objects.size(); i++) {
      json.append(i == 0 ? "\n  " : ",\n  ");
      object(json, objects.get(i));
    }
    return json.append(objects.isEmpty() ? "]" : "\n]").toString();
  }

  private static void object(StringBuilder json, Map<String, Object> fields) {
    json.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      if (!first) {
        json.append(", ");
      }
      first = false;
      string(json, field.getKey());
      json.append(": ");
      value(json, field.getValue());
    }
    json.append('}');
  }

  private static void value(StringBuilder json, Object value) {
    if (value == null) {
      json.append("null");
    } else if (value instanceof Boolean || value instanceof Number) {
      json.append(value);
    } else {
      string(json, value.toString());
    }
  }

  static void string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
