package app.backoffice.faults;

import app.backoffice.Services;
import app.backoffice.auth.AuthSettings;
import app.backoffice.auth.BcryptPasswordHasher;
import app.backoffice.auth.ThrottlePolicy;
import app.backoffice.config.DataDirectory;
import app.backoffice.store.AuditSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The services over a data directory as the fault tests run them: bcrypt at cost 4. */
final class FaultServices {

  /** A budget no test spends, so that every failure is counted and none locks. */
  static final ThrottlePolicy NEVER_LOCKS =
      new ThrottlePolicy(1_000_000, Duration.ofMinutes(5), Duration.ofHours(1));

  private FaultServices() {}

  static Services open(Path dataDir, Clock clock, ThrottlePolicy throttle) {
    return Services.open(
        Services.Settings.of(
                DataDirectory.resolve(Optional.of(dataDir), Map.of(), "Linux", dataDir),
                AuthSettings.DEFAULT.withThrottle(throttle),
                AuditSource.GUI)
            .withClock(clock)
            .withHasher(random -> new BcryptPasswordHasher(4, random)));
  }
}
