package dev.zoetrope.compute;

/**
 * A seedable random source whose whole state is two numbers, so training can save it and resume
 * bit-exactly. SplitMix64 (Steele et al., 2014) for bits; Box–Muller for normals. All noise of the
 * engine comes from here, never from the engine's own generator, so one seed gives identical bytes.
 */
public final class Rng {
  private long state;
  private double spare = Double.NaN;

  public Rng(long seed) {
    this.state = seed;
  }

  /** An independent stream derived from this seed and a label (e.g. a step index). */
  public static Rng derive(long seed, long label) {
    Rng mixer = new Rng(seed ^ (label * 0x9E3779B97F4A7C15L));
    return new Rng(mixer.nextLong());
  }

  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  public int nextInt(int bound) {
    if (bound <= 0) throw new IllegalArgumentException("bound must be > 0");
    return (int) Math.floorMod(nextLong(), (long) bound);
  }

  public double nextGaussian() {
    if (!Double.isNaN(spare)) {
      double value = spare;
      spare = Double.NaN;
      return value;
    }
    double u1 = 1.0 - nextDouble();
    double u2 = nextDouble();
    double radius = Math.sqrt(-2.0 * Math.log(u1));
    spare = radius * Math.sin(2 * Math.PI * u2);
    return radius * Math.cos(2 * Math.PI * u2);
  }

  public float[] gaussians(int count) {
    float[] values = new float[count];
    for (int i = 0; i < count; i++) values[i] = (float) nextGaussian();
    return values;
  }

  /** The full state, for checkpoints: {state, bits of the cached spare normal}. */
  public long[] saveState() {
    return new long[] {state, Double.doubleToRawLongBits(spare)};
  }

  public static Rng restore(long[] saved) {
    Rng rng = new Rng(saved[0]);
    rng.spare = Double.longBitsToDouble(saved[1]);
    return rng;
  }
}
