package app.backoffice.auth;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BinaryOperator;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Stands between a {@link BcryptPasswordHasher} and jBCrypt, and remembers how many passwords
 * bcrypt was given and the longest of them in UTF-8 bytes.
 */
final class BcryptWatch implements BinaryOperator<String> {

  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger longest = new AtomicInteger();

  @Override
  public String apply(String password, String saltOrHash) {
    calls.incrementAndGet();
    longest.accumulateAndGet(password.getBytes(StandardCharsets.UTF_8).length, Math::max);
    return BCrypt.hashpw(password, saltOrHash);
  }

  int calls() {
    return calls.get();
  }

  int longestPasswordBytes() {
    return longest.get();
  }
}
