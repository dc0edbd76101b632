package dev.zoetrope.safety.watermark;

/**
 * Watermark parameters. The pattern is a {@code tileSize}² tile repeated over the frame, made of
 * sinusoids whose frequencies lie between {@code minCycles} and {@code maxCycles} cycles per tile.
 * The defaults (periods of 6.7 to 21 pixels) are low enough to survive H.264 and a 0.5× downscale
 * and high enough to stay clear of most image content; a 128-pixel tile gives ~430 pilot
 * frequencies, so detection has headroom. Videos should be at least 128 pixels on each side.
 *
 * @param key secret that scrambles frequencies, pilot phases and data positions
 * @param tileSize tile side in pixels (power of two)
 * @param minCycles lowest frequency, cycles per tile
 * @param maxCycles highest frequency, cycles per tile
 * @param strength RMS luma change in 8-bit levels (2.5 keeps PSNR near 40.1 dB)
 * @param detectionPValue largest search-corrected p-value still reported as detected
 */
public record WatermarkConfig(
    long key, int tileSize, double minCycles, double maxCycles, double strength, double detectionPValue) {
  public WatermarkConfig {
    if (Integer.bitCount(tileSize) != 1 || tileSize < 16) throw new IllegalArgumentException("tileSize must be a power of two ≥ 16");
    if (minCycles <= 0 || maxCycles <= minCycles || maxCycles >= tileSize / 4.0) {
      throw new IllegalArgumentException("need 0 < minCycles < maxCycles < tileSize/4");
    }
    if (strength <= 0 || strength > 20) throw new IllegalArgumentException("strength " + strength);
    if (detectionPValue <= 0 || detectionPValue >= 1) throw new IllegalArgumentException("detectionPValue " + detectionPValue);
  }

  public static WatermarkConfig defaults() {
    return new WatermarkConfig(0x5a6f657472_6f7065L, 128, 6.0, 19.0, 2.5, 1e-3);
  }

  /**
   * Radius of the box blur whose twice-applied result the detector subtracts: wide enough that the
   * band's lowest frequency keeps most of its amplitude (the box's response there is about 0.55).
   */
  public int blurRadius() {
    return (int) Math.ceil((0.6 * tileSize / minCycles - 1) / 2);
  }

  public WatermarkConfig withKey(long newKey) {
    return new WatermarkConfig(newKey, tileSize, minCycles, maxCycles, strength, detectionPValue);
  }

  public WatermarkConfig withStrength(double newStrength) {
    return new WatermarkConfig(key, tileSize, minCycles, maxCycles, newStrength, detectionPValue);
  }
}
