package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Expression;

/**
 * Hand-built test frames: anti-aliased shapes (4x4 supersampled coverage) on a plain or textured
 * background. Independent of the world's renderer, so the oracle's formulas are tested on their
 * own.
 */
final class Sketch {
  interface Region {
    boolean contains(double x, double y);
  }

  final int width;
  final int height;
  final byte[] rgb;

  Sketch(int width, int height, int background) {
    this.width = width;
    this.height = height;
    this.rgb = new byte[width * height * 3];
    for (int p = 0; p < width * height; p++) put(p, background);
  }

  /** A low-chroma textured background: smooth blobs of brightness, the same for every frame. */
  static Sketch textured(int width, int height, double shiftX, double shiftY, double scale) {
    Sketch s = new Sketch(width, height, 0);
    double cx = width / 2.0;
    double cy = height / 2.0;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        // World point seen at pixel (x, y) by a camera shifted and scaled about the centre.
        double wx = cx + (x - cx - shiftX) / scale;
        double wy = cy + (y - cy - shiftY) / scale;
        double v = 0.5 + 0.22 * Math.sin(wx * 0.31 + 1.3 * Math.sin(wy * 0.17))
            + 0.18 * Math.sin(wy * 0.23 + 0.9 * Math.cos(wx * 0.11))
            + 0.1 * Math.sin((wx + wy) * 0.53);
        int g = (int) Math.max(0, Math.min(255, 60 + 140 * v));
        s.put(y * width + x, (g << 16) | (g << 8) | Math.min(255, g + 12));
      }
    }
    return s;
  }

  void put(int pixel, int colour) {
    rgb[3 * pixel] = (byte) (colour >> 16);
    rgb[3 * pixel + 1] = (byte) (colour >> 8);
    rgb[3 * pixel + 2] = (byte) colour;
  }

  /** Blends {@code colour} over the region with 4x4 supersampled coverage. */
  Sketch fill(Region region, int colour, double minX, double minY, double maxX, double maxY) {
    int x0 = Math.max(0, (int) Math.floor(minX));
    int y0 = Math.max(0, (int) Math.floor(minY));
    int x1 = Math.min(width - 1, (int) Math.ceil(maxX));
    int y1 = Math.min(height - 1, (int) Math.ceil(maxY));
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        int hits = 0;
        for (int sy = 0; sy < 4; sy++) {
          for (int sx = 0; sx < 4; sx++) {
            if (region.contains(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++;
          }
        }
        if (hits > 0) blend(y * width + x, colour, hits / 16.0);
      }
    }
    return this;
  }

  private void blend(int pixel, int colour, double alpha) {
    int i = 3 * pixel;
    int[] c = {(colour >> 16) & 255, (colour >> 8) & 255, colour & 255};
    for (int k = 0; k < 3; k++) {
      rgb[i + k] = (byte) Math.round((rgb[i + k] & 255) * (1 - alpha) + c[k] * alpha);
    }
  }

  Sketch disc(double cx, double cy, double r, Colour colour) {
    return disc(cx, cy, r, colour.rgb());
  }

  Sketch disc(double cx, double cy, double r, int colour) {
    return fill((x, y) -> Math.hypot(x - cx, y - cy) <= r, colour, cx - r, cy - r, cx + r, cy + r);
  }

  Sketch ring(double cx, double cy, double r, Colour colour) {
    return fill((x, y) -> {
      double d = Math.hypot(x - cx, y - cy);
      return d <= r && d >= 0.55 * r;
    }, colour.rgb(), cx - r, cy - r, cx + r, cy + r);
  }

  /** A regular polygon with {@code corners} corners on a circle of radius r, one at {@code angle}. */
  Sketch polygon(double cx, double cy, double r, int corners, double angle, Colour colour) {
    double[][] vertices = new double[corners][];
    for (int k = 0; k < corners; k++) {
      double a = angle + 2 * Math.PI * k / corners;
      vertices[k] = new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a)};
    }
    return fill((x, y) -> insidePolygon(vertices, x, y), colour.rgb(), cx - r, cy - r, cx + r, cy + r);
  }

  /** A five-pointed star with outer radius r and inner radius 0.45 r, one point at {@code angle}. */
  Sketch star(double cx, double cy, double r, double angle, Colour colour) {
    double[][] vertices = new double[10][];
    for (int k = 0; k < 10; k++) {
      double a = angle + Math.PI * k / 5;
      double radius = k % 2 == 0 ? r : 0.45 * r;
      vertices[k] = new double[] {cx + radius * Math.cos(a), cy + radius * Math.sin(a)};
    }
    return fill((x, y) -> insidePolygon(vertices, x, y), colour.rgb(), cx - r, cy - r, cx + r, cy + r);
  }

  /** A round creature with two eyes and a mouth; {@code angle} rotates the face (0 = upright). */
  Sketch creature(double cx, double cy, double r, Colour colour, Expression expression, double angle) {
    disc(cx, cy, r, colour);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    for (int side = -1; side <= 1; side += 2) {
      double ex = side * 0.38 * r;
      double ey = -0.3 * r;
      double px = cx + ex * cos - ey * sin;
      double py = cy + ex * sin + ey * cos;
      disc(px, py, 0.2 * r, 0xF5F5F5);
      disc(px, py, 0.09 * r, 0x141414);
    }
    boolean smile = expression == Expression.SMILE;
    // Mouth: a thick arc of a circle whose centre lies above (smile) or below (frown) the mouth.
    double arcY = smile ? 0.0 : 0.75 * r;
    double arcRadius = 0.45 * r;
    double thickness = 0.13 * r;
    return fill((x, y) -> {
      double dx = x - cx;
      double dy = y - cy;
      double fx = dx * cos + dy * sin; // back into the upright face frame
      double fy = -dx * sin + dy * cos;
      double d = Math.hypot(fx, fy - arcY);
      double a = Math.atan2(fy - arcY, fx);
      boolean onArc = Math.abs(d - arcRadius) <= thickness / 2;
      boolean inSpan = smile ? a > Math.PI * 0.2 && a < Math.PI * 0.8 : a < -Math.PI * 0.2 && a > -Math.PI * 0.8;
      return onArc && inSpan;
    }, 0x141414, cx - r, cy - r, cx + r, cy + r);
  }

  private static boolean insidePolygon(double[][] v, double x, double y) {
    boolean inside = false;
    for (int i = 0, j = v.length - 1; i < v.length; j = i++) {
      if ((v[i][1] > y) != (v[j][1] > y)
          && x < (v[j][0] - v[i][0]) * (y - v[i][1]) / (v[j][1] - v[i][1]) + v[i][0]) {
        inside = !inside;
      }
    }
    return inside;
  }
}
