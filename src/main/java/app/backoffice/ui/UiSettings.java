package app.backoffice.ui;

/**
 * How the screens behave, as the administrator configured them.
 *
 * @param twoFactorRequired users without 2FA must enrol before they reach anything else
 */
public record UiSettings(boolean twoFactorRequired) {
  public static final UiSettings DEFAULT = new UiSettings(false);
}
