package app.backoffice;

import app.backoffice.auth.AuthService;
import app.backoffice.auth.AuthSettings;
import app.backoffice.auth.BcryptPasswordHasher;
import app.backoffice.auth.PasswordHasher;
import app.backoffice.auth.ServiceContext;
import app.backoffice.auth.UserAdministration;
import app.backoffice.cli.AdminServices;
import app.backoffice.config.DataDirectory;
import app.backoffice.logging.Logging;
import app.backoffice.store.AuditSource;
import app.backoffice.store.Store;
import app.backoffice.store.sqlite.SqliteStore;
import app.backoffice.text.PlainText;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The composition root: the one place that builds the data directory, the store, the clock, the
 * randomness and the services, and closes them again.
 */
public final class Services implements AdminServices {

  private static final System.Logger LOG = System.getLogger(Services.class.getName());

  private final DataDirectory dataDirectory;
  private final Store store;
  private final AuthService auth;
  private final UserAdministration administration;

  private Services(
      DataDirectory dataDirectory,
      Store store,
      AuthService auth,
      UserAdministration administration) {
    this.dataDirectory = dataDirectory;
    this.store = store;
    this.auth = auth;
    this.administration = administration;
  }

  /**
   * What the services are built from. Tests use a fixed clock and a cheap hasher.
   *
   * @param withoutKey open the store without its key file (see {@link SqliteStore#openWithoutKey})
   */
  public record Settings(
      DataDirectory dataDirectory,
      AuthSettings auth,
      AuditSource source,
      Clock clock,
      boolean logToStandardError,
      boolean withoutKey,
      Function<SecureRandom, PasswordHasher> hasher) {

    /** The settings of a real program: the system clock and bcrypt at the configured cost. */
    public static Settings of(DataDirectory dataDirectory, AuthSettings auth, AuditSource source) {
      return new Settings(
          dataDirectory,
          auth,
          source,
          Clock.systemUTC(),
          false,
          false,
          random -> new BcryptPasswordHasher(auth.bcryptCost(), random));
    }

    public Settings withLogToStandardError(boolean log) {
      return new Settings(dataDirectory, auth, source, clock, log, withoutKey, hasher);
    }

    public Settings withoutKey(boolean without) {
      return new Settings(dataDirectory, auth, source, clock, logToStandardError, without, hasher);
    }

    public Settings withClock(Clock fixed) {
      return new Settings(
          dataDirectory, auth, source, fixed, logToStandardError, withoutKey, hasher);
    }

    public Settings withHasher(Function<SecureRandom, PasswordHasher> other) {
      return new Settings(
          dataDirectory, auth, source, clock, logToStandardError, withoutKey, other);
    }
  }

  /**
   * Opens the data directory and the store and builds the services.
   *
   * @throws app.backoffice.config.DataDirectoryException when the folder cannot be used
   * @throws app.backoffice.store.StoreException when the store cannot be used
   */
  public static Services open(Settings settings) {
    DataDirectory directory = settings.dataDirectory().ensureExists();
    Logging.configure(directory.path(), settings.logToStandardError());
    SecureRandom random = new SecureRandom();
    Store store =
        settings.withoutKey()
            ? SqliteStore.openWithoutKey(directory.path(), random)
            : SqliteStore.open(directory.path(), random);
    PasswordHasher hasher = settings.hasher().apply(random);
    ServiceContext context = new ServiceContext(settings.source(), hostName(), random);
    LOG.log(
        System.Logger.Level.INFO,
        "Back Office started ({0}) with data in {1}",
        settings.source().code(),
        directory);
    return new Services(
        directory,
        store,
        new AuthService(store, hasher, settings.auth(), settings.clock(), context),
        new UserAdministration(store, hasher, settings.clock(), context));
  }

  public DataDirectory dataDirectory() {
    return dataDirectory;
  }

  public AuthService auth() {
    return auth;
  }

  @Override
  public UserAdministration administration() {
    return administration;
  }

  @Override
  public void close() {
    store.close();
  }

  /**
   * The name of this machine for the audit log. Read from the environment or the system's file
   * first: asking the resolver can stall for seconds on a machine without network.
   */
  static String hostName() {
    return Optional.ofNullable(System.getenv("HOSTNAME"))
        .or(() -> Optional.ofNullable(System.getenv("COMPUTERNAME")))
        .or(Services::hostNameFile)
        .or(Services::resolverHostName)
        .filter(name -> !name.isBlank())
        .map(name -> PlainText.oneLine(name.strip()))
        .map(name -> name.length() > 253 ? name.substring(0, 253) : name)
        .orElse("unknown");
  }

  private static Optional<String> hostNameFile() {
    try {
      Path file = Path.of("/etc/hostname");
      return Files.isReadable(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> resolverHostName() {
    try {
      return Optional.of(InetAddress.getLocalHost().getHostName());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
