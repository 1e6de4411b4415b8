package app.backoffice.store;

/**
 * The repositories of one unit of work; valid only inside {@link Store#read} or {@link
 * Store#write}.
 */
public interface Repositories {

  UserRepository users();

  RecoveryCodeRepository recoveryCodes();

  ThrottleRepository throttle();

  AuditRepository audit();
}
