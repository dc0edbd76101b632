package dev.zoetrope.world.bench;

import dev.zoetrope.world.scene.SceneFacts;
import java.util.List;
import java.util.Map;

/**
 * One video's scores: the dimensions that apply to it, every stated fact with its verdict, what
 * the oracle read, and the video's oracle features (for FD and KID).
 */
public record VideoScore(
    SuiteEntry entry,
    Map<Dimension, Double> scores,
    List<FactCheck.Fact> facts,
    SceneFacts observed,
    double[] features) {
  public VideoScore {
    scores = Map.copyOf(scores);
    facts = List.copyOf(facts);
  }

  public List<FactCheck.Fact> failed() {
    return facts.stream().filter(f -> !f.holds()).toList();
  }
}
