package app.backoffice.ui;

import app.backoffice.auth.AccountService;
import app.backoffice.auth.AuthService;
import app.backoffice.auth.AuthSettings;
import app.backoffice.auth.BcryptPasswordHasher;
import app.backoffice.auth.Enrolment;
import app.backoffice.auth.EnrolmentResult;
import app.backoffice.auth.MutableClock;
import app.backoffice.auth.ServiceContext;
import app.backoffice.auth.Session;
import app.backoffice.auth.SignInResult;
import app.backoffice.auth.UserAdministration;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.AuditSource;
import app.backoffice.store.Role;
import app.backoffice.store.sqlite.SqliteStore;
import app.backoffice.totp.ReferenceTotp;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window as the application builds it, over a real SQLite store in a temporary folder, with a
 * clock the test moves, bcrypt at its cheapest cost and a desktop the test answers for.
 *
 * <p>Background work runs on the calling thread at once and its answer follows as the next FX
 * event, so a click's whole effect is there once TestFX has waited for the events it caused; {@link
 * #holdWork()} queues the work instead, to look at a screen while it is busy.
 */
public final class UiFixture implements AutoCloseable {

  /** Ten seconds into a TOTP step, so that a step boundary is never near by accident. */
  public static final Instant START = Instant.parse("2026-03-02T09:00:10Z");

  public static final Duration STEP = Duration.ofSeconds(30);
  public static final String EMAIL = "kim@example.com";
  public static final String PASSWORD = "violet-harbour-42";
  public static final String ADMIN = "admin@example.com";

  public final MutableClock clock = new MutableClock(START);
  public final FakeHost host = new FakeHost();
  public final Texts texts =
      new Texts(ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH), ZoneOffset.UTC);

  private final SqliteStore store;
  private final AuthService auth;
  private final UserAdministration admin;
  private final Queue<Runnable> held = new ArrayDeque<>();
  private final Queue<Runnable> waiting = new ArrayDeque<>();
  private boolean holding;
  private boolean working;
  private Navigator navigator;

  public UiFixture(Path directory) {
    SecureRandom random = new SecureRandom();
    store = SqliteStore.open(directory, random);
    BcryptPasswordHasher hasher = new BcryptPasswordHasher(4, random);
    auth =
        new AuthService(
            store,
            hasher,
            AuthSettings.DEFAULT,
            clock,
            new ServiceContext(AuditSource.GUI, "test-host", random));
    admin =
        new UserAdministration(
            store, hasher, clock, new ServiceContext(AuditSource.CLI, "test-host", random));
  }

  public AuthService auth() {
    return auth;
  }

  public UserAdministration admin() {
    return admin;
  }

  public void addUser(String email, Role role) {
    admin.addUser(email, PASSWORD, role);
  }

  /**
   * Adds a user who has already turned 2FA on through the services, and returns the TOTP secret and
   * recovery codes a test needs to sign in as that user. The enrolment uses the current step's
   * code, so the fixture's clock moves on by one step to leave that code behind.
   */
  public Enrolled addUserWithTwoFactor(String email, Role role) {
    addUser(email, role);
    Session session = ((SignInResult.SignedIn) auth.signIn(email, PASSWORD)).session();
    AccountService accounts = auth.accounts();
    Enrolment enrolment = accounts.beginEnrolment(session);
    String code = ReferenceTotp.codeAt(enrolment.secret(), clock.instant());
    EnrolmentResult.Enabled enabled =
        (EnrolmentResult.Enabled) accounts.confirmEnrolment(session, enrolment, code);
    auth.signOut(session);
    advance(STEP);
    return new Enrolled(enrolment.secret(), enabled.recoveryCodes());
  }

  /** The current step's code for {@code secret}, as the user's phone would show it now. */
  public String codeNow(String secret) {
    return ReferenceTotp.codeAt(secret, clock.instant());
  }

  /** What a test keeps of an account enrolled by {@link #addUserWithTwoFactor}. */
  public record Enrolled(String secret, List<String> recoveryCodes) {}

  /**
   * What the screens are given, as the application builds it: view models take it without any
   * window, since background work and its answers both run on the calling thread.
   */
  public UiContext context(UiSettings settings) {
    return context(settings, Runnable::run);
  }

  private UiContext context(UiSettings settings, Executor answers) {
    Executor worker =
        task -> {
          if (holding) {
            held.add(task);
          } else {
            runInTurn(task);
          }
        };
    Background background = new Background(worker, answers, texts);
    return new UiContext(auth, background, new Views(texts), texts, host, settings, clock);
  }

  /** Shows the window on {@code stage} with the given settings and opens the first screen. */
  public Navigator show(Stage stage, UiSettings settings) {
    StackPane root = new StackPane();
    Scene scene = new Scene(root, 960, 720);
    Theme.install();
    Theme.style(scene);
    stage.setScene(scene);
    // The shared window may have been resized by the test before: each test starts at 960x720.
    stage.sizeToScene();
    stage.setTitle(texts.get("app.title"));
    // As in the application, an answer reaches the screen in a later event than the one that
    // asked for it; TestFX waits for those events before a test looks. As in the application too,
    // the first screen is built before the window is shown.
    navigator = new Navigator(context(settings, Platform::runLater), root);
    navigator.openFirstScreen();
    navigator.attach(stage);
    stage.show();
    return navigator;
  }

  /**
   * Shows the window with the default settings, except that idle sign-out is off: tests that move
   * the clock by hours must not find the window cleared behind their back.
   */
  public Navigator show(Stage stage) {
    return show(stage, UiSettings.DEFAULT.withIdleTimeout(Duration.ZERO));
  }

  /** From now on, background work waits until {@link #releaseWork()}. */
  public void holdWork() {
    holding = true;
  }

  /** Runs the work that waited, and lets new work run at once again. */
  public void releaseWork() {
    holding = false;
    while (!held.isEmpty()) {
      runInTurn(held.remove());
    }
  }

  /**
   * Runs work at once, except work asked for by work already running: that waits for its turn, as
   * on the application's one worker thread, where a screen's first call starts after the screen has
   * been built and its answer comes after the screen is shown.
   */
  private void runInTurn(Runnable task) {
    waiting.add(task);
    if (working) {
      return;
    }
    working = true;
    try {
      while (!waiting.isEmpty()) {
        waiting.remove().run();
      }
    } finally {
      working = false;
    }
  }

  /** The details of the audit's sign-out records for {@code email}, newest first. */
  public List<String> signOutReasons(String email) {
    return admin.audit(Optional.of(email), Optional.empty(), 100).stream()
        .filter(entry -> entry.event() == AuditEvent.SIGNED_OUT)
        .map(entry -> entry.detail())
        .toList();
  }

  public void advance(Duration duration) {
    clock.advance(duration);
  }

  @Override
  public void close() {
    store.close();
  }

  /** The desktop as a test sees it: a Caps Lock it sets, a clipboard and file choices it reads. */
  public static final class FakeHost implements Host {
    public boolean capsLock;
    public final List<String> clipboard = new ArrayList<>();
    public Optional<Path> saveTo = Optional.empty();
    public boolean quit;

    @Override
    public void quit() {
      quit = true;
    }

    @Override
    public Optional<Boolean> capsLock() {
      return Optional.of(capsLock);
    }

    @Override
    public void copy(String text) {
      clipboard.add(text);
    }

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName) {
      return saveTo;
    }
  }

  /**
   * Six digits that the phone shows neither now nor one step either side, so that the service
   * refuses them as a wrong code whatever the secret.
   */
  public String wrongCodeNow(String secret) {
    Set<String> accepted =
        Stream.of(STEP.negated(), Duration.ZERO, STEP)
            .map(offset -> ReferenceTotp.codeAt(secret, clock.instant().plus(offset)))
            .collect(Collectors.toSet());
    return Stream.of("000000", "111111", "222222", "333333")
        .filter(digits -> !accepted.contains(digits))
        .findFirst()
        .orElseThrow();
  }
}
