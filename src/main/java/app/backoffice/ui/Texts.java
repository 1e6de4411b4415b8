package app.backoffice.ui;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the screens, from {@code messages.properties}, and how dates read in them. */
public final class Texts {

  /** The bundle's base name; FXML files use its keys as {@code %key}. */
  public static final String BUNDLE = "app.backoffice.ui.messages";

  private final ResourceBundle bundle;
  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter date;

  public Texts(ResourceBundle bundle, ZoneId zone) {
    this.bundle = bundle;
    Locale locale =
        bundle.getLocale().getLanguage().isEmpty() ? Locale.getDefault() : bundle.getLocale();
    this.dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone);
    this.date =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
  }

  /** The texts for the default locale, in the system's time zone. */
  public static Texts forDefaultLocale(ZoneId zone) {
    return new Texts(ResourceBundle.getBundle(BUNDLE), zone);
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  public String get(String key) {
    return bundle.getString(key);
  }

  /** The text for {@code key} with its {@code {0}}-style placeholders filled in. */
  public String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
  }

  /** A moment as date and time in the user's zone, e.g. "3 Dec 2026, 09:41". */
  public String dateTime(Instant instant) {
    return dateTime.format(instant);
  }

  /** A moment as a date in the user's zone. */
  public String date(Instant instant) {
    return date.format(instant);
  }
}
