package dev.zoetrope.world.bench;

import dev.zoetrope.world.oracle.MotionMatch;
import dev.zoetrope.world.oracle.ObjectObservation;
import dev.zoetrope.world.scene.ObjectFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairs the objects a prompt states with the objects the oracle saw: the one-to-one assignment
 * that agrees on the most stated attributes (shape and colour weigh most). Exhaustive: a prompt
 * states at most three objects.
 */
public final class FactMatcher {
  private FactMatcher() {}

  /** For each expected object, its observation, or null when none is left to pair with it. */
  public static List<ObjectObservation> match(List<ObjectFacts> expected, List<ObjectObservation> observed) {
    int[] best = new int[expected.size()];
    Arrays.fill(best, -1);
    search(expected, observed, 0, new int[expected.size()], new boolean[observed.size()], best, new double[] {-1}, 0);
    List<ObjectObservation> out = new ArrayList<>();
    for (int i : best) out.add(i < 0 ? null : observed.get(i));
    return out;
  }

  /** Agreement of one observation with one stated object. */
  static double agreement(ObjectFacts e, ObjectObservation o) {
    double score = 0.01; // any pairing beats none
    if (e.shape() != null && e.shape() == o.shape()) score += 3;
    if (e.colour() != null && e.colour() == o.colour()) score += 3;
    if (e.size() != null && e.size() == o.size()) score += 1;
    if (e.expression() != null && e.expression() == o.expression()) score += 1;
    if (e.motion() != null && MotionMatch.satisfies(e.motion(), o.motion(), o.shape())) score += 1;
    if (e.direction() != null && e.direction() == o.direction()) score += 1;
    if (e.changesTo() != null && e.changesTo() == o.changesTo()) score += 1;
    return score;
  }

  private static void search(List<ObjectFacts> expected, List<ObjectObservation> observed, int index, int[] current,
      boolean[] used, int[] best, double[] bestScore, double score) {
    if (index == expected.size()) {
      if (score > bestScore[0]) {
        bestScore[0] = score;
        System.arraycopy(current, 0, best, 0, current.length);
      }
      return;
    }
    boolean any = false;
    for (int j = 0; j < observed.size(); j++) {
      if (used[j]) continue;
      any = true;
      used[j] = true;
      current[index] = j;
      search(expected, observed, index + 1, current, used, best, bestScore, score + agreement(expected.get(index), observed.get(j)));
      used[j] = false;
    }
    if (!any || observed.size() < expected.size()) {
      current[index] = -1;
      search(expected, observed, index + 1, current, used, best, bestScore, score);
    }
  }
}
