package app.backoffice.store;

import java.util.Locale;
import java.util.Optional;

/** What a user may do: administrators manage users, staff use the application. */
public enum Role {
  ADMIN,
  STAFF;

  /** The lower-case name used in the store, on the command line and in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromCode(String code) {
    for (Role role : values()) {
      if (role.code().equals(code)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
