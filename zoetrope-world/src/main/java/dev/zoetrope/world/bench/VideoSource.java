package dev.zoetrope.world.bench;

import java.io.IOException;

/**
 * Where the videos under test come from: the renderer (the ceiling), a model, or a folder of
 * files. Called from several threads at once unless {@link #parallel()} says otherwise.
 */
public interface VideoSource {
  /** The output (and the inputs it was given) for one entry. */
  EntryClip clip(SuiteEntry entry) throws IOException;

  /** A short description for the report, e.g. "ground truth" or "model runs/dit/checkpoint". */
  String describe();

  /** Whether {@link #clip} may run on several threads at once (a model holds one engine). */
  default boolean parallel() {
    return true;
  }

  /** The renderer itself: every entry's ground truth. */
  static VideoSource groundTruth() {
    GroundTruth truth = new GroundTruth();
    return new VideoSource() {
      @Override
      public EntryClip clip(SuiteEntry entry) {
        return truth.render(entry);
      }

      @Override
      public String describe() {
        return "ground truth";
      }
    };
  }
}
