package app.backoffice.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a page so that a part of it is in view, as a browser does with a form's error. */
public final class Scrolling {

  /** Room left above and below the part brought into view. */
  private static final double MARGIN = 12;

  private Scrolling() {}

  /**
   * Scrolls {@code page} as little as needed to show everything from the top of {@code first} to
   * the bottom of {@code last}, or, when that is taller than the page, from the top of {@code
   * first}. Lays the page out first, so that what was just shown counts.
   */
  public static void reveal(ScrollPane page, Node first, Node last) {
    Node content = page.getContent();
    if (content == null || page.getScene() == null) {
      return;
    }
    page.applyCss();
    page.layout();
    double contentHeight = content.getLayoutBounds().getHeight();
    double viewport = page.getViewportBounds().getHeight();
    double scrollable = contentHeight - viewport;
    if (scrollable <= 0) {
      return;
    }
    Bounds from = content.sceneToLocal(first.localToScene(first.getLayoutBounds()));
    Bounds to = content.sceneToLocal(last.localToScene(last.getLayoutBounds()));
    double top = from.getMinY() - MARGIN;
    double bottom = to.getMaxY() + MARGIN;
    double shownTop = fraction(page) * scrollable;
    double wantedTop = shownTop;
    if (bottom - top > viewport || top < shownTop) {
      wantedTop = top;
    } else if (bottom > shownTop + viewport) {
      wantedTop = bottom - viewport;
    }
    double range = page.getVmax() - page.getVmin();
    double clamped = Math.max(0, Math.min(scrollable, wantedTop));
    page.setVvalue(page.getVmin() + range * clamped / scrollable);
  }

  private static double fraction(ScrollPane page) {
    double range = page.getVmax() - page.getVmin();
    return range <= 0 ? 0 : (page.getVvalue() - page.getVmin()) / range;
  }
}
