package dev.zoetrope.world.scene;

/**
 * Camera paths. A pan moves the view (so the background and every object slide the other way);
 * a zoom scales the view about the frame centre.
 */
public enum Camera {
  STATIC("static"),
  PAN_LEFT("pans left"),
  PAN_RIGHT("pans right"),
  PAN_UP("pans up"),
  PAN_DOWN("pans down"),
  ZOOM_IN("zooms in"),
  ZOOM_OUT("zooms out");

  private final String word;

  Camera(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
