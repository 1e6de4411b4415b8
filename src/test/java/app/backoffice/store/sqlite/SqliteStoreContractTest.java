package app.backoffice.store.sqlite;

import app.backoffice.store.Store;
import app.backoffice.store.StoreContract;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreContractTest extends StoreContract {

  @TempDir Path dataDir;

  @Override
  protected Store newStore() {
    return SqliteStore.open(dataDir, new SecureRandom());
  }

  @Override
  protected Store reopen() {
    return SqliteStore.open(dataDir, new SecureRandom());
  }
}
