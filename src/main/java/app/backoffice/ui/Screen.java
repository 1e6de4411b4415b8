package app.backoffice.ui;

/** A screen's controller, as the navigator shows it. */
public interface Screen {

  /** Puts the keyboard focus where the user starts typing on this screen. */
  void focusFirst();
}
