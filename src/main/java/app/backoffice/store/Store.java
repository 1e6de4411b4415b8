package app.backoffice.store;

/**
 * The user store. Work runs against the repositories of one unit of work: a write is one
 * transaction that either happens whole or not at all, so a crash never leaves half of it behind.
 *
 * <p>Implementations are safe to use from several threads, and several processes may share one
 * store: a writer waits for another rather than failing.
 */
public interface Store extends AutoCloseable {

  /** Runs read-only work. */
  <T> T read(Work<T> work);

  /** Runs work in one transaction, committed when it returns and rolled back when it throws. */
  <T> T write(Work<T> work);

  /** Runs work in one transaction, for work that returns nothing. */
  default void update(VoidWork work) {
    write(
        repositories -> {
          work.run(repositories);
          return null;
        });
  }

  @Override
  void close();

  /** Work that reads or writes through the repositories. */
  @FunctionalInterface
  interface Work<T> {
    T run(Repositories repositories);
  }

  /** Work that returns nothing. */
  @FunctionalInterface
  interface VoidWork {
    void run(Repositories repositories);
  }
}
