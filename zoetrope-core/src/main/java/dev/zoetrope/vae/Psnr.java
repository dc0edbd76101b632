package dev.zoetrope.vae;

import dev.zoetrope.world.video.Video;

/** Peak signal-to-noise ratio on 8-bit RGB: 10·log10(255² / MSE), capped at 100 dB for equal inputs. */
public final class Psnr {
  private Psnr() {}

  public static double of(Video expected, Video actual) {
    if (expected.width() != actual.width() || expected.height() != actual.height()
        || expected.frameCount() != actual.frameCount()) {
      throw new IllegalArgumentException("videos differ in size or length");
    }
    double sum = 0;
    long count = 0;
    for (int f = 0; f < expected.frameCount(); f++) {
      byte[] a = expected.frame(f), b = actual.frame(f);
      for (int i = 0; i < a.length; i++) {
        double d = (a[i] & 0xFF) - (b[i] & 0xFF);
        sum += d * d;
      }
      count += a.length;
    }
    return fromMse(sum / count);
  }

  public static double fromMse(double mse) {
    return mse <= 0 ? 100.0 : Math.min(100.0, 10 * Math.log10(255.0 * 255.0 / mse));
  }

  /** PSNR of float pixels in [-1, 1] (an MSE there is 4× larger than on [0, 1]). */
  public static double fromUnitRangeMse(double mseOnMinusOneToOne) {
    return fromMse(mseOnMinusOneToOne * 127.5 * 127.5);
  }
}
