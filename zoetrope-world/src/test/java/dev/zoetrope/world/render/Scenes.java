package dev.zoetrope.world.render;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Motion;
import dev.zoetrope.world.scene.Occluder;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneObject;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import java.util.List;

/** Hand-built scenes for renderer tests. */
final class Scenes {
  private Scenes() {}

  static SceneObject object(Shape shape, Colour colour, Motion motion, double x, double y) {
    Expression expression = shape == Shape.CREATURE ? Expression.SMILE : Expression.NONE;
    return new SceneObject(shape, colour, Size.MEDIUM, expression, motion, null, x, y);
  }

  static Scene single(SceneObject object) {
    return new Scene(11, Background.GRASS, Camera.STATIC, List.of(object), null, null, 1.5, 0.7);
  }

  static Scene with(Camera camera, Occluder occluder, SceneObject... objects) {
    return new Scene(11, Background.SAND, camera, List.of(objects), occluder, null, 1.5, 0.7);
  }

  /** Squared RGB distance between a pixel and a packed colour. */
  static int distance(byte[] rgb, int offset, int colour) {
    int dr = (rgb[offset] & 255) - ((colour >> 16) & 255);
    int dg = (rgb[offset + 1] & 255) - ((colour >> 8) & 255);
    int db = (rgb[offset + 2] & 255) - (colour & 255);
    return dr * dr + dg * dg + db * db;
  }

  /** CIELAB chroma of a packed sRGB colour (D65). */
  static double chroma(int colour) {
    double r = linear(((colour >> 16) & 255) / 255.0);
    double g = linear(((colour >> 8) & 255) / 255.0);
    double b = linear((colour & 255) / 255.0);
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    double a = 500 * (f(x) - f(y));
    double bb = 200 * (f(y) - f(z));
    return Math.hypot(a, bb);
  }

  private static double linear(double c) {
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static double f(double t) {
    return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }
}
