package dev.zoetrope.world.render;

import static dev.zoetrope.world.render.BackgroundTexture.SIZE;

/**
 * Fills a frame with the background seen through the camera: bilinear samples of the tiling
 * texture in fixed point, shifted by the scene's phase ({@link BackgroundTexture#phase}). The
 * camera has no rotation, so the texture column of each screen column and the texture row of each
 * screen row are computed once per frame.
 */
final class BackgroundSampler {
  private static final int MASK = SIZE - 1;

  private BackgroundSampler() {}

  static void draw(BackgroundTexture texture, int[] phase, byte[] rgb, CameraTransform camera, double unit) {
    int width = camera.width(), height = camera.height();
    double texelsPerPixel = WorldConstants.TEXELS_PER_UNIT / unit;
    int[] columnA = new int[width], columnB = new int[width], weightU = new int[width];
    for (int x = 0; x < width; x++) {
      double u = camera.toWorldX(x + 0.5) * texelsPerPixel - 0.5 + phase[0];
      int u0 = (int) Math.floor(u);
      weightU[x] = (int) ((u - u0) * 256);
      columnA[x] = u0 & MASK;
      columnB[x] = (u0 + 1) & MASK;
    }
    int[] t = texture.texels;
    int[] tint = new int[3];
    for (int y = 0; y < height; y++) {
      double worldY = camera.toWorldY(y + 0.5);
      double v = worldY * texelsPerPixel - 0.5 + phase[1];
      int v0 = (int) Math.floor(v);
      int wv = (int) ((v - v0) * 256);
      int rowA = (v0 & MASK) * SIZE, rowB = ((v0 + 1) & MASK) * SIZE;
      texture.tint(worldY / height, tint);
      int out = y * width * 3;
      for (int x = 0; x < width; x++, out += 3) {
        int a = t[rowA + columnA[x]], b = t[rowA + columnB[x]];
        int c = t[rowB + columnA[x]], d = t[rowB + columnB[x]];
        int wu = weightU[x];
        rgb[out] = (byte) clamp(bilinear(a >> 16, b >> 16, c >> 16, d >> 16, wu, wv) + tint[0]);
        rgb[out + 1] = (byte) clamp(bilinear(a >> 8, b >> 8, c >> 8, d >> 8, wu, wv) + tint[1]);
        rgb[out + 2] = (byte) clamp(bilinear(a, b, c, d, wu, wv) + tint[2]);
      }
    }
  }

  /** Bilinear blend of the low bytes of four texels, weights in 1/256. */
  private static int bilinear(int a, int b, int c, int d, int wu, int wv) {
    int top = (a & 255) * (256 - wu) + (b & 255) * wu;
    int bottom = (c & 255) * (256 - wu) + (d & 255) * wu;
    return (top * (256 - wv) + bottom * wv + 32768) >> 16;
  }

  private static int clamp(int c) {
    return c < 0 ? 0 : Math.min(c, 255);
  }
}
