package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Colour;

/**
 * Labels each pixel with the nearest object {@link Colour} in CIELAB, or {@link #NONE} when no
 * colour is near enough (backgrounds are low-chroma and far from every object colour). The
 * decision is tabulated once over RGB quantised to 6 bits per channel, so labelling a frame is one
 * table look-up per pixel.
 */
public final class PaletteLabeller {
  /** Label of a pixel that is no object colour. */
  public static final byte NONE = -1;

  /** Largest CIE76 distance to a palette colour that still counts as that colour. */
  public static final double MAX_DISTANCE = 30;

  /** Smallest chroma of an object pixel: the palette is saturated, backgrounds are not. */
  public static final double MIN_CHROMA = 22;

  private static final int BITS = 6;
  private static final int LEVELS = 1 << BITS;
  private static final Colour[] COLOURS = Colour.values();
  private static final double[][] PALETTE_LAB = paletteLab();
  // Built last: it reads the fields above.
  private static final byte[] TABLE = table();

  private PaletteLabeller() {}

  /** Labels of one RGB frame (width*height*3 bytes), one byte per pixel, row-major. */
  public static byte[] label(byte[] rgb, int width, int height) {
    int pixels = width * height;
    if (rgb.length != pixels * 3) {
      throw new IllegalArgumentException("frame has " + rgb.length + " bytes, expected " + pixels * 3);
    }
    byte[] labels = new byte[pixels];
    for (int p = 0, i = 0; p < pixels; p++, i += 3) {
      labels[p] = TABLE[index(rgb[i] & 255, rgb[i + 1] & 255, rgb[i + 2] & 255)];
    }
    return labels;
  }

  /** The label of one colour: a {@link Colour} ordinal or {@link #NONE}. */
  public static byte label(int red, int green, int blue) {
    return TABLE[index(red, green, blue)];
  }

  /** The colour of a label, or null for {@link #NONE}. */
  public static Colour colour(byte label) {
    return label == NONE ? null : COLOURS[label];
  }

  /** Exact (untabulated) nearest palette colour, or null; the table is built from this. */
  static Colour nearest(int red, int green, int blue) {
    double[] lab = CieLab.of(red, green, blue);
    if (CieLab.chroma(lab) < MIN_CHROMA) return null;
    Colour best = null;
    double bestDistance = MAX_DISTANCE;
    for (Colour colour : COLOURS) {
      double distance = CieLab.distance(lab, PALETTE_LAB[colour.ordinal()]);
      if (distance <= bestDistance) {
        bestDistance = distance;
        best = colour;
      }
    }
    return best;
  }

  private static int index(int red, int green, int blue) {
    int shift = 8 - BITS;
    return ((red >> shift) << (2 * BITS)) | ((green >> shift) << BITS) | (blue >> shift);
  }

  private static double[][] paletteLab() {
    double[][] lab = new double[COLOURS.length][];
    for (Colour colour : COLOURS) lab[colour.ordinal()] = CieLab.of(colour.rgb());
    return lab;
  }

  private static byte[] table() {
    byte[] table = new byte[LEVELS * LEVELS * LEVELS];
    int step = 256 / LEVELS;
    for (int r = 0; r < LEVELS; r++) {
      for (int g = 0; g < LEVELS; g++) {
        for (int b = 0; b < LEVELS; b++) {
          // The centre of each quantisation cell stands for the cell.
          Colour c = nearest(r * step + step / 2, g * step + step / 2, b * step + step / 2);
          table[(r << (2 * BITS)) | (g << BITS) | b] = c == null ? NONE : (byte) c.ordinal();
        }
      }
    }
    return table;
  }
}
