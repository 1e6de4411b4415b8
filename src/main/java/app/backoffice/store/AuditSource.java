package app.backoffice.store;

import java.util.Locale;

/** Which program wrote an audit record. */
public enum AuditSource {
  GUI,
  CLI;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
