package dev.zoetrope.world.render;

import dev.zoetrope.world.scene.Occluder;
import dev.zoetrope.world.scene.OccluderKind;

/**
 * Draws the occluder in front of everything. A wall is a band of stone blocks spanning the full
 * height; a tree is a bark trunk of the same band plus a leafy crown near the top. Both are
 * low-chroma and textured in world space, so they move with the camera like the background.
 */
final class OccluderPainter {
  private static final int STONE = BackgroundTexture.rgb(150, 146, 140);
  private static final int MORTAR = BackgroundTexture.rgb(108, 104, 100);
  private static final int BARK = BackgroundTexture.rgb(104, 86, 72);
  private static final int LEAVES = BackgroundTexture.rgb(74, 94, 68);

  private static final float[] SINE = new float[4096];

  static {
    for (int i = 0; i < SINE.length; i++) SINE[i] = (float) Math.sin(2 * Math.PI * i / SINE.length);
  }

  private final Occluder occluder;
  private final double unit;
  private final double left;
  private final double right;
  private final double crownX;
  private final double crownY;
  private final double crownRadiusX;
  private final double crownRadiusY;
  private CameraTransform cachedCamera;
  private float[] coverage;
  private int[] colours;
  private Box box;

  OccluderPainter(Occluder occluder, int width, int height) {
    this.occluder = occluder;
    this.unit = Math.min(width, height);
    this.left = (occluder.x() - occluder.width() / 2) * width;
    this.right = (occluder.x() + occluder.width() / 2) * width;
    this.crownX = occluder.x() * width;
    this.crownY = 0.16 * height;
    this.crownRadiusX = occluder.width() * width * 1.1;
    this.crownRadiusY = 0.2 * height;
  }

  /**
   * Paints onto {@code rgb} (interleaved frame) and returns the occluder's coverage (0..1 per
   * pixel, owned by this painter, valid until the next call) with its box in {@link #box()}. A
   * camera equal to the last one (a static camera) reuses the last layer instead of recomputing.
   */
  float[] paint(byte[] rgb, CameraTransform camera) {
    if (!camera.equals(cachedCamera)) computeLayer(camera);
    if (box != null) {
      int width = camera.width();
      for (int y = box.y0(); y < box.y1(); y++) {
        for (int x = box.x0(); x < box.x1(); x++) {
          float c = coverage[y * width + x];
          if (c > 0) blend(rgb, (y * width + x) * 3, colours[y * width + x], c);
        }
      }
    }
    return coverage;
  }

  /** Bounding box of the pixels the last {@link #paint} covered, or null. */
  Box box() {
    return box;
  }

  private void computeLayer(CameraTransform camera) {
    int width = camera.width(), height = camera.height();
    if (coverage == null) {
      coverage = new float[width * height];
      colours = new int[width * height];
    } else {
      java.util.Arrays.fill(coverage, 0);
    }
    double screenLeft = camera.toScreenX(left), screenRight = camera.toScreenX(right);
    double reach = occluder.kind() == OccluderKind.TREE ? crownRadiusX * camera.zoom() : 0;
    double centre = camera.toScreenX(crownX);
    int x0 = Math.max(0, (int) Math.floor(Math.min(screenLeft, centre - reach)));
    int x1 = Math.min(width, (int) Math.ceil(Math.max(screenRight, centre + reach)));
    int bx0 = width, by0 = height, bx1 = 0, by1 = 0;
    for (int y = 0; y < height; y++) {
      double worldY = camera.toWorldY(y + 0.5);
      for (int x = x0; x < x1; x++) {
        double band = Math.max(0, Math.min(x + 1, screenRight) - Math.max(x, screenLeft));
        double worldX = camera.toWorldX(x + 0.5);
        double crown = occluder.kind() == OccluderKind.TREE ? crownCoverage(worldX, worldY, camera.zoom()) : 0;
        double c = Math.max(band, crown);
        if (c <= 0) continue;
        colours[y * width + x] = crown > band ? leaves(worldX, worldY) : surface(worldX, worldY);
        coverage[y * width + x] = (float) c;
        bx0 = Math.min(bx0, x);
        bx1 = Math.max(bx1, x + 1);
        by0 = Math.min(by0, y);
        by1 = Math.max(by1, y + 1);
      }
    }
    box = bx1 == 0 ? null : new Box(bx0, by0, bx1, by1);
    cachedCamera = camera;
  }

  private double crownCoverage(double worldX, double worldY, double zoom) {
    double dx = (worldX - crownX) / crownRadiusX, dy = (worldY - crownY) / crownRadiusY;
    double distance = (Math.sqrt(dx * dx + dy * dy) - 1) * Math.min(crownRadiusX, crownRadiusY) * zoom;
    return ShapeField.coverage(distance, 1);
  }

  private int surface(double worldX, double worldY) {
    double u = worldX / unit, v = worldY / unit;
    if (occluder.kind() == OccluderKind.TREE) {
      double streak = wave(u * 180 + wave(v * 9) * 2);
      return shade(BARK, (int) Math.round(10 * streak));
    }
    double rowHeight = 0.07, blockWidth = 0.16, joint = 0.009;
    long row = (long) Math.floor(v / rowHeight);
    double shifted = u + (row % 2 == 0 ? 0 : blockWidth / 2);
    long column = (long) Math.floor(shifted / blockWidth);
    double inRow = v - row * rowHeight, inBlock = shifted - column * blockWidth;
    if (inRow < joint || inBlock < joint) return MORTAR;
    long hash = (row * 73856093L) ^ (column * 19349663L);
    return shade(STONE, (int) Math.floorMod(hash, 23L) - 11);
  }

  private int leaves(double worldX, double worldY) {
    double u = worldX / unit, v = worldY / unit;
    double dapple = wave(u * 70) * wave(v * 70 + u * 20);
    return shade(LEAVES, (int) Math.round(12 * dapple));
  }

  /** A sine from a table: textures need its shape, not its last digits, and it runs per pixel. */
  private static double wave(double x) {
    return SINE[(int) Math.floor(x * (SINE.length / (2 * Math.PI))) & (SINE.length - 1)];
  }

  private static int shade(int colour, int d) {
    return BackgroundTexture.rgb(((colour >> 16) & 255) + d, ((colour >> 8) & 255) + d, (colour & 255) + d);
  }

  static void blend(byte[] rgb, int offset, int colour, double alpha) {
    int r = (colour >> 16) & 255, g = (colour >> 8) & 255, b = colour & 255;
    if (alpha >= 1) {
      rgb[offset] = (byte) r;
      rgb[offset + 1] = (byte) g;
      rgb[offset + 2] = (byte) b;
      return;
    }
    rgb[offset] = (byte) Math.round((rgb[offset] & 255) * (1 - alpha) + r * alpha);
    rgb[offset + 1] = (byte) Math.round((rgb[offset + 1] & 255) * (1 - alpha) + g * alpha);
    rgb[offset + 2] = (byte) Math.round((rgb[offset + 2] & 255) * (1 - alpha) + b * alpha);
  }
}
