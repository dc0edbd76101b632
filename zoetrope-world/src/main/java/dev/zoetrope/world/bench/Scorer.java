package dev.zoetrope.world.bench;

import dev.zoetrope.world.oracle.FrameDetector;
import dev.zoetrope.world.oracle.ObjectObservation;
import dev.zoetrope.world.oracle.Observation;
import dev.zoetrope.world.oracle.Oracle;
import dev.zoetrope.world.scene.SceneFacts;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/** Scores one video against the facts of a prompt, with the oracle as the only judge. */
public final class Scorer {
  /** A video read once by the oracle, to be scored against one prompt's facts or another's. */
  public record Reading(EntryClip clip, Observation seen, List<boolean[]> objectMasks) {}

  private final Oracle oracle;

  public Scorer(Oracle oracle) {
    this.oracle = oracle;
  }

  public Reading read(EntryClip clip) {
    Video video = clip.output();
    Observation seen = oracle.read(video);
    List<boolean[]> masks = new ArrayList<>(video.frameCount());
    for (int k = 0; k < video.frameCount(); k++) {
      masks.add(FrameDetector.detectionMask(seen.detections().get(k), video.width(), video.height()));
    }
    return new Reading(clip, seen, masks);
  }

  /** Scores a reading against the facts of its own entry. */
  public VideoScore score(Reading reading) {
    return score(reading, reading.clip().entry().expected());
  }

  /** Scores a reading against {@code expected} (another entry's facts, for the shuffled control). */
  public VideoScore score(Reading reading, SceneFacts expected) {
    Observation seen = reading.seen();
    List<ObjectObservation> matched = FactMatcher.match(expected.objects(), seen.objects());
    Scores scores = new Scores();
    CompositionScores.score(expected, seen, matched, scores);
    MotionScores.score(expected, seen, matched, scores);
    QualityScores.score(reading.clip().output(), seen, matched, reading.objectMasks(), scores);
    ConditioningScores.score(reading.clip(), seen, reading.objectMasks(), scores);
    List<FactCheck.Fact> facts = FactCheck.check(expected, seen, matched);
    long holding = facts.stream().filter(FactCheck.Fact::holds).count();
    scores.put(Dimension.CAPTION_FACT_ACCURACY, (double) holding / facts.size());
    scores.put(Dimension.ALL_FACTS_CORRECT, Scores.bool(holding == facts.size()));
    return new VideoScore(reading.clip().entry(), scores.values, facts, seen.facts(), OracleFeatures.of(seen));
  }
}
