package app.backoffice.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Copies the write-ahead log back into the database file on a background thread, with its own
 * connection.
 *
 * <p>SQLite otherwise does this inside whichever commit crosses the log's size limit, and that
 * commit then waits for the copy and its fsync: a few milliseconds added to one sign-in in a few
 * hundred. A passive checkpoint never blocks readers or writers.
 */
final class Checkpointer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Checkpointer.class.getName());
  private static final long PERIOD_MILLIS = 1_000;

  private final Connection connection;
  private final ScheduledExecutorService thread;

  Checkpointer(Connection connection) {
    this.connection = connection;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread daemon = new Thread(runnable, "store-checkpoint");
              daemon.setDaemon(true);
              return daemon;
            });
    thread.scheduleWithFixedDelay(
        this::checkpoint, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void checkpoint() {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (SQLException e) {
      LOG.log(System.Logger.Level.DEBUG, "Background checkpoint skipped: {0}", e.getMessage());
    }
  }

  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.log(System.Logger.Level.WARNING, "Closing the checkpoint connection failed", e);
    }
  }
}
