package app.backoffice.auth;

import app.backoffice.store.Store;

/**
 * A store that runs a given action right after its next read, so that a test can let another
 * program act between a service's read and its write, as it could in real life.
 */
final class InterleavingStore implements Store {

  private final Store store;
  private Runnable afterNextRead = () -> {};
  private Runnable afterNextWrite = () -> {};

  InterleavingStore(Store store) {
    this.store = store;
  }

  void afterNextRead(Runnable action) {
    afterNextRead = action;
  }

  void afterNextWrite(Runnable action) {
    afterNextWrite = action;
  }

  @Override
  public <T> T read(Work<T> work) {
    T result = store.read(work);
    Runnable action = afterNextRead;
    afterNextRead = () -> {};
    action.run();
    return result;
  }

  @Override
  public <T> T write(Work<T> work) {
    T result = store.write(work);
    Runnable action = afterNextWrite;
    afterNextWrite = () -> {};
    action.run();
    return result;
  }

  @Override
  public void close() {
    store.close();
  }
}
