package dev.zoetrope.world.render;

/**
 * The camera at one frame: {@code screen = zoom · (world − centre) + (width/2, height/2)}, world
 * and screen in pixels. At time 0 the centre is the frame centre and zoom is 1 (the identity).
 * {@code panX}/{@code panY} are how far the view has moved from its start, in world pixels.
 */
public record CameraTransform(double centreX, double centreY, double zoom, int width, int height) {
  public CameraTransform {
    if (!(zoom > 0)) throw new IllegalArgumentException("zoom must be > 0, got " + zoom);
  }

  public static CameraTransform identity(int width, int height) {
    return new CameraTransform(width / 2.0, height / 2.0, 1, width, height);
  }

  public double toScreenX(double worldX) {
    return zoom * (worldX - centreX) + width / 2.0;
  }

  public double toScreenY(double worldY) {
    return zoom * (worldY - centreY) + height / 2.0;
  }

  public double toWorldX(double screenX) {
    return (screenX - width / 2.0) / zoom + centreX;
  }

  public double toWorldY(double screenY) {
    return (screenY - height / 2.0) / zoom + centreY;
  }

  public double panX() {
    return centreX - width / 2.0;
  }

  public double panY() {
    return centreY - height / 2.0;
  }
}
