package app.backoffice.faults;

import app.backoffice.store.AuditEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a child process caused: the audit records it expects, by email and event, and the errors it
 * met, by kind. Written to a file at the end so that the test can add up the children's tallies.
 */
final class Tally {

  private final Map<String, Long> events = new TreeMap<>();
  private final Map<String, Long> errors = new TreeMap<>();

  /** The key of an audit record count: email and event. */
  static String key(String email, AuditEvent event) {
    return email + " " + event.name();
  }

  void event(String email, AuditEvent event) {
    events.merge(key(email, event), 1L, Long::sum);
  }

  void error(String kind) {
    errors.merge(kind.replaceAll("\\s+", "_"), 1L, Long::sum);
  }

  Map<String, Long> events() {
    return Map.copyOf(events);
  }

  Map<String, Long> errors() {
    return Map.copyOf(errors);
  }

  long eventCount() {
    return events.values().stream().mapToLong(Long::longValue).sum();
  }

  long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Adds another tally's counts to this one. */
  void add(Tally other) {
    other.events.forEach((key, count) -> events.merge(key, count, Long::sum));
    other.errors.forEach((key, count) -> errors.merge(key, count, Long::sum));
  }

  void write(Path file) {
    List<String> lines = new ArrayList<>();
    events.forEach((key, count) -> lines.add("event " + key + " " + count));
    errors.forEach((kind, count) -> lines.add("error " + kind + " " + count));
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Tally read(Path file) {
    Tally tally = new Tally();
    try {
      for (String line : Files.readAllLines(file)) {
        String[] words = line.split(" ");
        long count = Long.parseLong(words[words.length - 1]);
        if (words[0].equals("event")) {
          tally.events.merge(words[1] + " " + words[2], count, Long::sum);
        } else {
          tally.errors.merge(words[1], count, Long::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tally;
  }
}
