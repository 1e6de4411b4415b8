package app.backoffice.auth;

import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * What the services' hostile-input properties share: a store of their own for each property, and
 * after every try the check that bcrypt was never given more than 72 bytes.
 */
abstract class ServiceInputProperties {

  HostileInputBench bench;
  AuthFixture fixture;

  @BeforeProperty
  void openAStoreOfItsOwn() {
    bench = new HostileInputBench();
    fixture = bench.fixture();
  }

  @AfterTry
  void bcryptWasGivenAtMost72Bytes() {
    bench.assertBcryptSawAtMost72Bytes();
  }

  @AfterProperty
  void removeTheStore() {
    bench.close();
  }
}
