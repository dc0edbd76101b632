package dev.zoetrope.safety.watermark;

import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the watermark without the original: averages luma over time, then for each candidate scale
 * folds the frame onto one tile and correlates the pilot phases at every tile offset at once
 * (phase-only correlation through one inverse FFT). The best hypothesis gives a z-score whose
 * distribution without a watermark is known (a sum of cosines of random phases), so its p-value,
 * corrected for the number of hypotheses searched, is the calibrated confidence. The payload is then
 * read from the data frequencies at that scale and offset.
 */
public final class WatermarkDetector {
  private static final double MIN_SCALE = 0.3;
  private static final double MAX_SCALE = 1.6;
  private static final double COARSE_STEP = 1.015;
  private static final double FINE_STEP = 0.0025;
  private static final int FINE_STEPS = 6;
  private static final int COARSE_WINDOW_TILES = 2;
  static final int FINE_WINDOW_TILES = 6;

  private final WatermarkConfig config;
  private final TileLayout layout;
  private final double expectedAmplitude;

  public WatermarkDetector(WatermarkConfig config) {
    this.config = config;
    this.layout = new TileLayout(config);
    // A band sinusoid's DFT coefficient at the configured strength, after typical losses (the
    // high-pass and compression keep roughly 60%).
    double perFrequency = config.strength() / Math.sqrt(layout.frequencies() / 2.0);
    this.expectedAmplitude = 0.6 * perFrequency * layout.size * layout.size / 2;
  }

  public WatermarkDetector() {
    this(WatermarkConfig.defaults());
  }

  /** One scale hypothesis: its best offset and score, and the tile spectrum to read data from. */
  private record Candidate(double scale, double score, int offsetX, int offsetY, double[] real, double[] imaginary) {}

  public Detection detect(Video video) {
    MeanLuma mean = new MeanLuma(video.width(), video.height());
    for (byte[] frame : video.frames()) mean.add(frame);
    return detect(mean);
  }

  /** Detects from the time-averaged luma (see {@link MeanLuma}), e.g. while streaming a file. */
  public Detection detect(MeanLuma mean) {
    double[] luma = mean.values();
    int width = mean.width();
    int height = mean.height();
    int tile = layout.size;
    List<Candidate> coarse = new ArrayList<>();
    for (double scale = MIN_SCALE; scale <= MAX_SCALE; scale *= COARSE_STEP) {
      coarse.add(evaluate(luma, width, height, scale, COARSE_WINDOW_TILES * tile));
    }
    long hypotheses = (long) coarse.size() * tile * tile;
    coarse.sort(Comparator.comparingDouble(Candidate::score).reversed());
    Candidate best = coarse.get(0);
    for (Candidate seed : coarse.subList(0, Math.min(3, coarse.size()))) {
      for (int step = -FINE_STEPS; step <= FINE_STEPS; step++) {
        double scale = seed.scale() * (1 + step * FINE_STEP);
        Candidate fine = evaluate(luma, width, height, scale, FINE_WINDOW_TILES * tile);
        hypotheses += (long) tile * tile;
        if (fine.score() > best.score()) best = fine;
      }
    }
    double pValue = Math.min(1, hypotheses * Statistics.upperTail(best.score()));
    boolean detected = pValue <= config.detectionPValue();
    Payload payload = detected ? readPayload(best) : null;
    return new Detection(detected, 1 - pValue, best.score(), payload, best.scale(), best.offsetX(), best.offsetY());
  }

  private Candidate evaluate(double[] luma, int width, int height, double scale, int window) {
    int size = layout.size;
    double[] real = Folding.fold(luma, width, height, scale, size, window, config.blurRadius());
    double[] imaginary = new double[size * size];
    Fft.forward2d(real, imaginary, size);
    double[] correlationReal = new double[size * size];
    double[] correlationImaginary = new double[size * size];
    double squaredWeights = 0;
    for (int k = 0; k < layout.pilotU.length; k++) {
      int index = index(layout.pilotU[k], layout.pilotV[k]);
      double magnitude = Math.hypot(real[index], imaginary[index]);
      if (magnitude == 0) continue;
      double weight = weight(magnitude);
      squaredWeights += weight * weight;
      // Phase-only, weighted by magnitude alone: F·conj(P)/|F|·w(|F|).
      double gReal = (real[index] * layout.pilotReal[k] + imaginary[index] * layout.pilotImaginary[k]) / magnitude * weight;
      double gImaginary = (imaginary[index] * layout.pilotReal[k] - real[index] * layout.pilotImaginary[k]) / magnitude * weight;
      correlationReal[index] += gReal;
      correlationImaginary[index] += gImaginary;
      int mirror = index(-layout.pilotU[k], -layout.pilotV[k]);
      correlationReal[mirror] += gReal;
      correlationImaginary[mirror] -= gImaginary;
    }
    Fft.inverse2d(correlationReal, correlationImaginary, size);
    int bestIndex = 0;
    for (int i = 1; i < correlationReal.length; i++) if (correlationReal[i] > correlationReal[bestIndex]) bestIndex = i;
    // Without a watermark each of the 2n mirrored terms is w·cos(random phase), variance w²/2, and
    // the weights depend on magnitudes only, so the sum's variance is Σ w² over both mirrors.
    double score = squaredWeights == 0 ? 0 : correlationReal[bestIndex] / Math.sqrt(2 * squaredWeights);
    return new Candidate(scale, score, bestIndex % size, bestIndex / size, real, imaginary);
  }

  /**
   * How much a pilot's phase is worth given its magnitude: most when the magnitude is what the
   * watermark alone would give, less when content dominates (its phase is then mostly the
   * content's) or when content cancels the watermark. w = 2x/(1+x²), x = |F| / expected.
   */
  private double weight(double magnitude) {
    double ratio = magnitude / expectedAmplitude;
    return 2 * ratio / (1 + ratio * ratio);
  }

  /** Soft QPSK bits from the data frequencies, phase-corrected for the found offset. */
  private Payload readPayload(Candidate candidate) {
    return TileLayout.decode(softBits(candidate));
  }

  private double[] softBits(Candidate candidate) {
    int size = layout.size;
    double[] soft = new double[TileLayout.CODED_BITS];
    for (int k = 0; k < layout.dataU.length; k++) {
      int index = index(layout.dataU[k], layout.dataV[k]);
      double magnitude = Math.hypot(candidate.real()[index], candidate.imaginary()[index]);
      if (magnitude == 0) continue;
      double angle = 2 * Math.PI * (layout.dataU[k] * candidate.offsetX() + layout.dataV[k] * candidate.offsetY()) / size;
      double cos = Math.cos(angle);
      double sin = Math.sin(angle);
      double re = candidate.real()[index] / magnitude;
      double im = candidate.imaginary()[index] / magnitude;
      soft[k] = re * cos - im * sin;
      soft[layout.dataU.length + k] = re * sin + im * cos;
    }
    return soft;
  }

  private int index(int u, int v) {
    int size = layout.size;
    return Math.floorMod(v, size) * size + Math.floorMod(u, size);
  }
}
