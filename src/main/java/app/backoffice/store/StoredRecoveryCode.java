package app.backoffice.store;

/** An unused recovery code read back from the store, with the id that marks it used. */
public record StoredRecoveryCode(long id, HashedRecoveryCode code) {}
