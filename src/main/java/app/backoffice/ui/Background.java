package app.backoffice.ui;

import app.backoffice.auth.AccountException;
import app.backoffice.store.StoreException;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;

/**
 * Runs service calls (bcrypt, the store) off the JavaFX Application Thread and hands their outcome
 * back to it. A screen binds its busy state to the flag it passes in; the flag also refuses a
 * second submission while the first one runs.
 */
public final class Background {

  private static final System.Logger LOG = System.getLogger(Background.class.getName());

  private final Executor worker;
  private final Executor fxThread;
  private final Texts texts;
  private Runnable onSessionEnded = () -> {};
  private int answering;

  /**
   * @param worker where the work runs; a same-thread executor in tests
   * @param fxThread where the outcome is delivered; {@code Platform::runLater} in the application
   */
  public Background(Executor worker, Executor fxThread, Texts texts) {
    this.worker = worker;
    this.fxThread = fxThread;
    this.texts = texts;
  }

  /** One worker thread: service calls run in the order they were asked for. */
  public static Background forApplication(Texts texts) {
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "backoffice-worker");
              thread.setDaemon(true);
              return thread;
            });
    return new Background(worker, Platform::runLater, texts);
  }

  /**
   * Lets the work already asked for finish, for a few seconds at most, and takes no more: called as
   * the application stops, before the store closes under it.
   */
  public void shutdown() {
    if (worker instanceof ExecutorService service) {
      service.shutdown();
      try {
        if (!service.awaitTermination(5, TimeUnit.SECONDS)) {
          LOG.log(System.Logger.Level.WARNING, "Background work was still running at exit");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What to do when a call finds the session ended (signed out elsewhere, account disabled). */
  void onSessionEnded(Runnable action) {
    this.onSessionEnded = action;
  }

  /**
   * Runs {@code work} unless {@code busy} is already set, then calls {@code onSuccess} with its
   * result, or {@code onFailure} with a sentence safe to show, on the FX thread.
   */
  public <T> void run(
      BooleanProperty busy, Callable<T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    worker.execute(
        () -> {
          try {
            T result = work.call();
            answer(
                () -> {
                  busy.set(false);
                  onSuccess.accept(result);
                });
          } catch (Exception e) {
            answer(
                () -> {
                  busy.set(false);
                  failed(e, onFailure);
                });
          }
        });
  }

  /**
   * Builds something the FX thread is about to show, such as a screen's nodes, on the worker, and
   * hands it to {@code then} on the FX thread. It takes its turn with the service calls: a call
   * that the built screen asks for while it is being built answers after {@code then} has run. A
   * failure is a bug rather than a refusal to explain, so it is thrown again on the FX thread,
   * where the uncaught-error handler shows it as it would have had the building run there.
   */
  public <T> void prepare(Callable<T> work, Consumer<T> then) {
    worker.execute(
        () -> {
          T built;
          try {
            built = work.call();
          } catch (Exception e) {
            fxThread.execute(
                () -> {
                  throw e instanceof RuntimeException unchecked
                      ? unchecked
                      : new IllegalStateException(e);
                });
            return;
          }
          answer(() -> then.accept(built));
        });
  }

  /**
   * Whether the FX thread is handling an answer from the worker right now, rather than the user's
   * own key or click: a screen that follows an answer can take its turn on the worker to be built,
   * while one the user asked for directly is wanted at once, with the keys typed right after.
   */
  public boolean answering() {
    return answering > 0;
  }

  private void answer(Runnable handling) {
    fxThread.execute(
        () -> {
          answering++;
          try {
            handling.run();
          } finally {
            answering--;
          }
        });
  }

  private void failed(Exception e, Consumer<String> onFailure) {
    if (e instanceof AccountException account
        && account.reason() == AccountException.Reason.SESSION_ENDED) {
      LOG.log(System.Logger.Level.INFO, "The session ended while the user was working");
      onSessionEnded.run();
      return;
    }
    onFailure.accept(explain(e));
  }

  /**
   * Logs a failed call to the services and says it in a sentence safe to show: the store's own
   * explanation when the store could not be used, else that something unexpected happened.
   */
  public String explain(Exception e) {
    if (e instanceof StoreException store) {
      LOG.log(System.Logger.Level.WARNING, "The store could not be used", store);
      return store.getMessage();
    }
    LOG.log(System.Logger.Level.ERROR, "A background task failed", e);
    return texts.get("common.unexpected");
  }
}
