package app.backoffice.store;

import java.util.Optional;

/**
 * Failed-attempt counters, keyed by normalised email whether or not such a user exists, so that
 * throttling reveals nothing about which accounts are real.
 */
public interface ThrottleRepository {

  Optional<ThrottleState> find(String email);

  void save(String email, ThrottleState state);

  void clear(String email);
}
