package dev.zoetrope.safety.watermark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where the watermark lives in the frequency plane of one tile, derived from the key: the band's
 * frequencies are shuffled; the first ones carry the coded payload as QPSK symbols (two coded bits
 * per frequency), the rest carry pilot phasors of keyed random phase that the detector correlates
 * against to find the tile's scale and offset without knowing the payload.
 */
final class TileLayout {
  /** 64 payload bits and an 8-bit CRC. */
  static final int MESSAGE_BITS = Payload.BITS + 8;
  static final int CODED_BITS = ConvolutionalCode.codedLength(MESSAGE_BITS);

  final int size;
  final int[] dataU;
  final int[] dataV;
  final int[] pilotU;
  final int[] pilotV;
  /** Pilot phasors, unit magnitude. */
  final double[] pilotReal;
  final double[] pilotImaginary;

  TileLayout(WatermarkConfig config) {
    size = config.tileSize();
    List<int[]> band = band(config.minCycles(), config.maxCycles());
    SplittableRandom random = new SplittableRandom(config.key());
    for (int i = band.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int[] swap = band.get(i);
      band.set(i, band.get(j));
      band.set(j, swap);
    }
    int data = CODED_BITS / 2;
    int pilots = band.size() - data;
    if (pilots < 32) {
      throw new IllegalArgumentException("band holds " + band.size() + " frequencies; need " + (data + 32));
    }
    dataU = new int[data];
    dataV = new int[data];
    for (int i = 0; i < data; i++) {
      dataU[i] = band.get(i)[0];
      dataV[i] = band.get(i)[1];
    }
    pilotU = new int[pilots];
    pilotV = new int[pilots];
    pilotReal = new double[pilots];
    pilotImaginary = new double[pilots];
    for (int i = 0; i < pilots; i++) {
      pilotU[i] = band.get(data + i)[0];
      pilotV[i] = band.get(data + i)[1];
      double phase = random.nextDouble() * 2 * Math.PI;
      pilotReal[i] = Math.cos(phase);
      pilotImaginary[i] = Math.sin(phase);
    }
  }

  /** Frequencies (u, v) of one half plane (the other half mirrors them) with radius in range. */
  private static List<int[]> band(double minCycles, double maxCycles) {
    List<int[]> band = new ArrayList<>();
    int limit = (int) Math.ceil(maxCycles);
    for (int v = 0; v <= limit; v++) {
      for (int u = -limit; u <= limit; u++) {
        if (v == 0 && u <= 0) continue;
        double radius = Math.hypot(u, v);
        if (radius >= minCycles && radius <= maxCycles) band.add(new int[] {u, v});
      }
    }
    return band;
  }

  /** The message (payload and CRC) as coded bits. */
  static boolean[] codedBits(Payload payload) {
    boolean[] message = new boolean[MESSAGE_BITS];
    boolean[] bits = payload.toBits();
    System.arraycopy(bits, 0, message, 0, Payload.BITS);
    int crc = crc8(bits);
    for (int i = 0; i < 8; i++) message[Payload.BITS + i] = ((crc >>> (7 - i)) & 1) == 1;
    return ConvolutionalCode.encode(message);
  }

  /** Decodes soft coded bits; null when the CRC disagrees (no trustworthy payload). */
  static Payload decode(double[] soft) {
    boolean[] message = ConvolutionalCode.decode(soft, MESSAGE_BITS);
    boolean[] bits = java.util.Arrays.copyOf(message, Payload.BITS);
    int crc = 0;
    for (int i = 0; i < 8; i++) crc = (crc << 1) | (message[Payload.BITS + i] ? 1 : 0);
    return crc == crc8(bits) ? Payload.fromBits(bits) : null;
  }

  /** CRC-8 (polynomial x^8 + x^2 + x + 1). */
  static int crc8(boolean[] bits) {
    int crc = 0;
    for (boolean bit : bits) {
      boolean top = ((crc >>> 7) & 1) == 1;
      crc = (crc << 1) & 0xff;
      if (top ^ bit) crc ^= 0x07;
    }
    return crc;
  }

  /** Number of band frequencies: data first, then pilots. */
  int frequencies() {
    return dataU.length + pilotU.length;
  }

  int u(int frequency) {
    return frequency < dataU.length ? dataU[frequency] : pilotU[frequency - dataU.length];
  }

  int v(int frequency) {
    return frequency < dataU.length ? dataV[frequency] : pilotV[frequency - dataU.length];
  }

  /**
   * Unit complex amplitudes for a payload, data frequencies first: QPSK ((±1 ± i)/√2) for two coded
   * bits each, then the pilots' keyed phasors. Coded bit j goes to frequency j mod D (real part for
   * the first D bits, imaginary for the rest), so neighbouring bits in the trellis never share a
   * frequency and one bad frequency costs two far-apart bits, which Viterbi corrects easily.
   * Returns {real, imaginary}.
   */
  double[][] symbols(Payload payload) {
    boolean[] coded = codedBits(payload);
    double[] real = new double[frequencies()];
    double[] imaginary = new double[frequencies()];
    double half = Math.sqrt(0.5);
    for (int i = 0; i < dataU.length; i++) {
      real[i] = coded[i] ? half : -half;
      imaginary[i] = coded[dataU.length + i] ? half : -half;
    }
    for (int i = 0; i < pilotU.length; i++) {
      real[dataU.length + i] = pilotReal[i];
      imaginary[dataU.length + i] = pilotImaginary[i];
    }
    return new double[][] {real, imaginary};
  }

  /** The spatial tile {@code [size*size]}: Σ Re(A_k·e^{2πi(u_k x + v_k y)/size}). */
  double[] tile(double[] real, double[] imaginary) {
    double[] tile = new double[size * size];
    double[] cosine = new double[size];
    double[] sine = new double[size];
    for (int t = 0; t < size; t++) {
      cosine[t] = Math.cos(2 * Math.PI * t / size);
      sine[t] = Math.sin(2 * Math.PI * t / size);
    }
    for (int k = 0; k < frequencies(); k++) {
      if (real[k] == 0 && imaginary[k] == 0) continue;
      int u = u(k);
      int v = v(k);
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          int phase = Math.floorMod(u * x + v * y, size);
          tile[y * size + x] += real[k] * cosine[phase] - imaginary[k] * sine[phase];
        }
      }
    }
    return tile;
  }
}
