package dev.zoetrope.world.render;

import dev.zoetrope.world.scene.Background;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A background as a tiling texture of {@link #SIZE}² texels (packed RGB) in world space, plus a
 * vertical tint (the sky's gradient) that depends on world height. Colours are low-chroma so no
 * background pixel is mistaken for a named object colour; every background has texture at several
 * scales so a camera move shifts visible detail. A scene's seed picks one of {@link #VARIANTS}
 * textures per background (built once and cached) and where the texture starts under the first
 * frame ({@link #phase}), so no background is pinned to the same pixels in every clip.
 */
final class BackgroundTexture {
  static final int SIZE = 256;
  static final int VARIANTS = 8;
  private static final Map<Long, BackgroundTexture> CACHE = new ConcurrentHashMap<>();

  final Background background;
  /** Packed 0xRRGGBB texels, row-major, {@code SIZE × SIZE}. */
  final int[] texels;

  private BackgroundTexture(Background background, int[] texels) {
    this.background = background;
    this.texels = texels;
  }

  static BackgroundTexture of(Background background, long sceneSeed) {
    int variant = (int) Math.floorMod(sceneSeed, (long) VARIANTS);
    long key = background.ordinal() * 1000L + variant;
    return CACHE.computeIfAbsent(key, k -> build(background, 0x5EED_0000L + k));
  }

  /**
   * The texel offset {u, v}, each in [0, {@link #SIZE}), at which a scene's texture starts: drawn
   * from the scene's seed, independently of the variant. Without it every clip of a background
   * would show one of 8 images at the same pixels in its first frame, and a tile floor's grout
   * would always lie on the same columns.
   */
  static int[] phase(long sceneSeed) {
    SplittableRandom random = new SplittableRandom(sceneSeed ^ 0x9A5E_0FF5_E7L);
    return new int[] {random.nextInt(SIZE), random.nextInt(SIZE)};
  }

  /**
   * Tint {r, g, b} added to every texel of the world row at {@code heights} (fractions of the
   * frame height below the first frame's top): the sky is deeper overhead and paler towards the
   * horizon; other backgrounds are flat.
   */
  void tint(double heights, int[] out) {
    if (background != Background.SKY) {
      out[0] = out[1] = out[2] = 0;
      return;
    }
    double f = Math.max(0, Math.min(1, heights));
    out[0] = out[1] = (int) Math.round(-34 * (1 - f));
    out[2] = (int) Math.round(-20 * (1 - f));
  }

  private static BackgroundTexture build(Background background, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PeriodicNoise broad = new PeriodicNoise(SIZE, 2, 5, random.nextLong());
    PeriodicNoise fine = new PeriodicNoise(SIZE, 5, 7, random.nextLong());
    int[] texels = new int[SIZE * SIZE];
    for (int v = 0; v < SIZE; v++) {
      for (int u = 0; u < SIZE; u++) {
        texels[v * SIZE + u] = texel(background, u, v, broad, fine, random);
      }
    }
    if (background == Background.NIGHT) scatterStars(texels, random);
    return new BackgroundTexture(background, texels);
  }

  private static int texel(
      Background background, int u, int v, PeriodicNoise broad, PeriodicNoise fine, SplittableRandom random) {
    double b = broad.at(u, v);
    double f = fine.at(u, v);
    return switch (background) {
      case SKY -> {
        double cloud = Math.max(0, Math.min(1, (b - 0.05) * 3.5));
        yield mix(rgb(178, 190, 206), rgb(228, 230, 233), cloud, 4 * f);
      }
      case GRASS -> {
        double blades = fine.at(u * 4.0, v * 0.5);
        yield shade(rgb(106, 122, 90), 20 * b + 12 * blades + 4 * f);
      }
      case SAND -> {
        double ripple = Math.sin(2 * Math.PI * (v / 16.0 + 1.5 * b));
        yield shade(rgb(192, 180, 156), 9 * ripple + 10 * b + random.nextInt(-6, 7));
      }
      case NIGHT -> shade(rgb(28, 32, 48), 8 * b + 3 * f);
      case WATER -> {
        double wave = Math.sin(2 * Math.PI * (v / 12.0 + 0.8 * b));
        yield shade(rgb(98, 124, 134), 13 * wave + 8 * b + 4 * f);
      }
      case TILES -> {
        int tileU = u / 32, tileV = v / 32;
        boolean grout = u % 32 < 2 || v % 32 < 2;
        long hash = (tileU * 73856093L) ^ (tileV * 19349663L) ^ SIZE;
        double jitter = Math.floorMod(hash * 2654435761L, 21) - 10;
        yield grout ? shade(rgb(116, 114, 110), 3 * f) : shade(rgb(170, 168, 162), jitter + 6 * b + 3 * f);
      }
    };
  }

  private static void scatterStars(int[] texels, SplittableRandom random) {
    int stars = SIZE * SIZE / 140;
    for (int i = 0; i < stars; i++) {
      int u = random.nextInt(SIZE), v = random.nextInt(SIZE);
      double brightness = random.nextDouble(0.5, 1);
      texels[v * SIZE + u] = mix(texels[v * SIZE + u], rgb(222, 224, 214), brightness, 0);
      if (brightness > 0.8) { // bright stars bleed into the next texel
        int right = v * SIZE + (u + 1) % SIZE;
        texels[right] = mix(texels[right], rgb(222, 224, 214), 0.3, 0);
      }
    }
  }

  static int rgb(int r, int g, int b) {
    return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
  }

  private static int shade(int colour, double delta) {
    int d = (int) Math.round(delta);
    return rgb(((colour >> 16) & 255) + d, ((colour >> 8) & 255) + d, (colour & 255) + d);
  }

  private static int mix(int a, int b, double f, double delta) {
    return shade(ObjectMotion.mix(a, b, f), delta);
  }

  static int clamp(int c) {
    return c < 0 ? 0 : Math.min(c, 255);
  }
}
