package app.backoffice.ui;

import app.backoffice.auth.AccountService;
import app.backoffice.auth.AuthService;
import java.time.Clock;

/**
 * What every screen is built from: the services, the background runner, the words, the desktop and
 * the settings. The composition root makes one; tests make theirs with a same-thread runner.
 */
public record UiContext(
    AuthService auth,
    Background background,
    Views views,
    Texts texts,
    Host host,
    UiSettings settings,
    Clock clock) {

  public AccountService accounts() {
    return auth.accounts();
  }
}
