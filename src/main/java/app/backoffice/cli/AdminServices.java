package app.backoffice.cli;

import app.backoffice.auth.UserAdministration;

/** What the command line needs of the opened services; closing releases the store. */
public interface AdminServices extends AutoCloseable {

  UserAdministration administration();

  @Override
  void close();
}
