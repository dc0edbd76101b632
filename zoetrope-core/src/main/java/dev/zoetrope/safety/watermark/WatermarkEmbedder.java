package dev.zoetrope.safety.watermark;

import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the keyed tile pattern for a payload to the luma of every frame. The same change goes to R, G
 * and B, so luma moves by the pattern and chroma is untouched. The pattern is static over time:
 * H.264 predicts it from frame to frame instead of spending bits re-encoding it, which is why it
 * survives strong re-compression.
 *
 * <p>Embedding is informed (Cox, Miller and McKellips, "Watermarking as communications with side
 * information", 1999): the embedder knows the video, so it computes what the detector will see at
 * each data frequency without a watermark and spends extra amplitude only where the content pushes
 * a coded bit towards the wrong sign, until every bit clears a margin. Content then stops acting as
 * noise on the payload, within the same PSNR budget.
 */
public final class WatermarkEmbedder {
  /**
   * Plain amplitude of a data frequency relative to a pilot's. There are about six pilots per data
   * frequency, so this gives the payload about 40% of the energy and the pilots (detection) 60%.
   */
  private static final double DATA_WEIGHT = 2.0;
  /** Margin each coded bit must clear, in units of its plain (uninformed) amplitude. */
  private static final double MARGIN = 1.0;
  /** Cap on a data component's amplitude, in units of its plain amplitude. */
  private static final double DATA_BOOST = 4.0;
  /**
   * Cap on a pilot's correction, in units of its plain amplitude. Larger corrections win in the
   * file as written but are the first thing re-compression removes, so they are kept modest.
   */
  private static final double PILOT_BOOST = 2.0;
  private static final int ROUNDS = 4;

  private final WatermarkConfig config;
  private final TileLayout layout;

  public WatermarkEmbedder(WatermarkConfig config) {
    this.config = config;
    this.layout = new TileLayout(config);
  }

  public WatermarkEmbedder() {
    this(WatermarkConfig.defaults());
  }

  public Video embed(Video video, Payload payload) {
    double[] tile = informedTile(video, payload);
    int size = layout.size;
    List<byte[]> frames = new ArrayList<>(video.frameCount());
    for (byte[] frame : video.frames()) {
      byte[] marked = new byte[frame.length];
      for (int y = 0; y < video.height(); y++) {
        int tileRow = (y % size) * size;
        for (int x = 0; x < video.width(); x++) {
          double delta = tile[tileRow + x % size];
          int index = (y * video.width() + x) * 3;
          for (int channel = 0; channel < 3; channel++) {
            marked[index + channel] = (byte) clamp((int) Math.round((frame[index + channel] & 0xff) + delta));
          }
        }
      }
      frames.add(marked);
    }
    return new Video(video.width(), video.height(), video.fps(), frames);
  }

  /**
   * The tile with amplitudes adjusted against the content (data bits pushed past their margin,
   * pilots turned onto their keyed phase), scaled to the configured RMS. Rounds alternate the
   * adjustment with rescaling to the energy budget.
   */
  double[] informedTile(Video video, Payload payload) {
    int size = layout.size;
    int window = WatermarkDetector.FINE_WINDOW_TILES * size;
    double[][] symbols = layout.symbols(payload); // unit amplitudes
    for (int k = 0; k < layout.dataU.length; k++) {
      symbols[0][k] *= DATA_WEIGHT;
      symbols[1][k] *= DATA_WEIGHT;
    }
    double[][] host = Folding.spectrum(Folding.meanLuma(video), video.width(), video.height(), 1.0, size, window, config.blurRadius());
    double[] gain = gains(video.width(), video.height(), symbols, window);
    double amplitude = config.strength() / rms(layout.tile(symbols[0], symbols[1]));
    double[] real = scaled(symbols[0], amplitude);
    double[] imaginary = scaled(symbols[1], amplitude);
    double dftScale = size * size / 2.0; // a unit sinusoid's DFT coefficient
    for (int round = 0; round < ROUNDS; round++) {
      for (int k = 0; k < layout.dataU.length; k++) {
        int index = Math.floorMod(layout.dataV[k], size) * size + Math.floorMod(layout.dataU[k], size);
        double unit = gain[k] * dftScale;
        double plain = amplitude * DATA_WEIGHT * Math.sqrt(0.5);
        real[k] = boosted(real[k], symbols[0][k], host[0][index], unit, plain);
        imaginary[k] = boosted(imaginary[k], symbols[1][k], host[1][index], unit, plain);
      }
      for (int k = layout.dataU.length; k < real.length; k++) {
        int index = Math.floorMod(layout.v(k), size) * size + Math.floorMod(layout.u(k), size);
        double[] aligned = aligned(symbols[0][k], symbols[1][k], host[0][index], host[1][index], gain[k] * dftScale, amplitude);
        real[k] = aligned[0];
        imaginary[k] = aligned[1];
      }
      double factor = Math.min(1, config.strength() / rms(layout.tile(real, imaginary)));
      amplitude *= factor;
      for (int k = 0; k < real.length; k++) {
        real[k] *= factor;
        imaginary[k] *= factor;
      }
    }
    double[] tile = layout.tile(real, imaginary);
    double factor = config.strength() / rms(tile);
    for (int i = 0; i < tile.length; i++) tile[i] *= factor;
    return tile;
  }

  /**
   * Raises one data component until content plus watermark lands on the coded sign with the margin.
   * {@code unit} converts amplitude to what the detector sees; {@code plain} is the uninformed
   * amplitude.
   */
  private static double boosted(double current, double symbol, double host, double unit, double plain) {
    double sign = Math.signum(symbol);
    double received = host + unit * current;
    double wanted = MARGIN * unit * plain;
    if (sign * received >= wanted || unit <= 0) return current;
    double needed = current + sign * (wanted - sign * received) / unit;
    return sign * Math.min(Math.abs(needed), DATA_BOOST * plain);
  }

  /**
   * A pilot amplitude that cancels the content's component across the pilot's phase (so the
   * detector sees exactly the keyed phase) on top of the plain amplitude along it, with the
   * cancellation capped so one strongly textured frequency cannot eat the budget.
   */
  private static double[] aligned(double pilotReal, double pilotImaginary, double hostReal, double hostImaginary, double unit, double plain) {
    double across = -hostReal * pilotImaginary + hostImaginary * pilotReal; // host ⟂ pilot
    double along = hostReal * pilotReal + hostImaginary * pilotImaginary;
    double cancel = unit > 0 ? -across / unit : 0;
    cancel = Math.max(-PILOT_BOOST * plain, Math.min(PILOT_BOOST * plain, cancel));
    double extra = unit > 0 && along < 0 ? Math.min(PILOT_BOOST * plain, -along / unit) : 0;
    double magnitude = plain + extra;
    return new double[] {
      magnitude * pilotReal - cancel * pilotImaginary, magnitude * pilotImaginary + cancel * pilotReal
    };
  }

  /**
   * How much of each band frequency survives the detector's high-pass and folding on a frame of
   * this size: the ratio of what it sees for the pattern alone to the pattern's own coefficient.
   */
  private double[] gains(int width, int height, double[][] symbols, int window) {
    int size = layout.size;
    double[] tile = layout.tile(symbols[0], symbols[1]);
    double[] image = new double[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) image[y * width + x] = tile[(y % size) * size + x % size];
    }
    double[][] seen = Folding.spectrum(image, width, height, 1.0, size, window, config.blurRadius());
    double[] gain = new double[layout.frequencies()];
    for (int k = 0; k < gain.length; k++) {
      int index = Math.floorMod(layout.v(k), size) * size + Math.floorMod(layout.u(k), size);
      double power = symbols[0][k] * symbols[0][k] + symbols[1][k] * symbols[1][k];
      double projection = seen[0][index] * symbols[0][k] + seen[1][index] * symbols[1][k];
      gain[k] = projection / power / (size * size / 2.0);
    }
    return gain;
  }

  private static double[] scaled(double[] values, double factor) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) out[i] = values[i] * factor;
    return out;
  }

  private static double rms(double[] values) {
    double sum = 0;
    for (double value : values) sum += value * value;
    return Math.sqrt(sum / values.length);
  }

  private static int clamp(int value) {
    return value < 0 ? 0 : Math.min(255, value);
  }
}
