package app.backoffice.store;

import java.time.Instant;
import java.util.List;

/** Each user's recovery codes, held only as salted hashes. */
public interface RecoveryCodeRepository {

  /** Removes the user's codes, used or not, and stores these instead. */
  void replaceAll(long userId, List<HashedRecoveryCode> codes);

  List<StoredRecoveryCode> unused(long userId);

  int countUnused(long userId);

  /**
   * Marks one code used, once.
   *
   * @return false when the code was already used (by a concurrent sign-in, for instance)
   */
  boolean markUsed(long codeId, Instant usedAt);

  void deleteAll(long userId);
}
