package dev.zoetrope.world.oracle;

/** sRGB (D65) to CIELAB conversion and the CIE76 colour difference. */
public final class CieLab {
  private static final double[] LINEAR = linearTable();
  private static final double WHITE_X = 0.95047;
  private static final double WHITE_Z = 1.08883;
  private static final double EPSILON = 216.0 / 24389.0; // (6/29)^3

  private CieLab() {}

  /** L*, a*, b* of an 8-bit sRGB colour. */
  public static double[] of(int red, int green, int blue) {
    double r = LINEAR[red & 255];
    double g = LINEAR[green & 255];
    double b = LINEAR[blue & 255];
    double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / WHITE_X;
    double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / WHITE_Z;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  /** L*, a*, b* of a packed 0xRRGGBB colour. */
  public static double[] of(int rgb) {
    return of((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
  }

  /** Euclidean distance in CIELAB (CIE76 delta E). */
  public static double distance(double[] first, double[] second) {
    double dl = first[0] - second[0];
    double da = first[1] - second[1];
    double db = first[2] - second[2];
    return Math.sqrt(dl * dl + da * da + db * db);
  }

  /** Chroma C* = hypot(a*, b*): how far from grey a colour is. */
  public static double chroma(double[] lab) {
    return Math.hypot(lab[1], lab[2]);
  }

  private static double f(double t) {
    return t > EPSILON ? Math.cbrt(t) : (24389.0 / 27.0 * t + 16) / 116;
  }

  private static double[] linearTable() {
    double[] table = new double[256];
    for (int i = 0; i < 256; i++) {
      double c = i / 255.0;
      table[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return table;
  }
}
