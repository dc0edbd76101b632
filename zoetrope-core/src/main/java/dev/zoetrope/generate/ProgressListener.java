package dev.zoetrope.generate;

/** Receives progress of long work: fraction in [0, 1] and a short stage name ("denoise", "decode"). */
@FunctionalInterface
public interface ProgressListener {
  void progress(double fraction, String stage);

  ProgressListener NONE = (fraction, stage) -> {};
}
