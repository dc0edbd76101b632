package dev.zoetrope.world.bench;

import java.util.List;
import java.util.Map;

/**
 * The result of a bench run: the scores of the videos under test, of the ground truth (the
 * ceiling) and of each control (the floors), plus a contact sheet per prompt.
 */
public record BenchReport(
    Suite suite,
    String source,
    SetScores metrics,
    SetScores ceiling,
    Map<String, SetScores> floors,
    Map<String, byte[]> contactSheets,
    double runtimeSeconds) {
  /** Names of the floors, in report order. */
  public static final List<String> FLOORS = List.of("shuffled_captions", "frozen_frame", "uniform_noise");

  public BenchReport {
    floors = Map.copyOf(floors);
    contactSheets = Map.copyOf(contactSheets);
  }
}
