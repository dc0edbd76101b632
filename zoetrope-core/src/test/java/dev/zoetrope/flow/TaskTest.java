package dev.zoetrope.flow;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.FlowConfig;
import dev.zoetrope.config.TrainConfig;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskTest {
  @Test
  void masksGiveTheRightFramesAndNeverAll() {
    Rng rng = new Rng(1);
    for (int frames = 1; frames <= 9; frames++) {
      for (int i = 0; i < 50; i++) {
        for (Task task : Task.values()) {
          float[] mask = task.givenFrames(frames, rng);
          assertEquals(frames, mask.length);
          int given = count(mask);
          assertTrue(given < frames || frames == 0, task + " gave every frame");
          if (frames < 2) assertEquals(0, given, "a single frame is always generated");
          if (frames >= 2) {
            switch (task) {
              case TEXT_TO_VIDEO, IMAGE -> assertEquals(0, given);
              case FIRST_FRAME -> assertArrayEquals(new float[] {1, 0}, new float[] {mask[0], mask[1]});
              case FIRST_K -> assertTrue(mask[0] == 1 && mask[frames - 1] == 0 && contiguousFromStart(mask));
              case LAST_K -> assertTrue(mask[frames - 1] == 1 && mask[0] == 0);
              case BOTH_ENDS -> assertTrue(mask[0] == 1 && (frames < 3 || mask[frames - 1] == 1));
            }
          }
        }
      }
    }
  }

  @Test
  void mixtureFollowsItsWeights() {
    Rng rng = new Rng(2);
    Map<Task, Integer> counts = new EnumMap<>(Task.class);
    for (int i = 0; i < 20000; i++) counts.merge(Task.draw(TrainConfig.defaultTaskWeights(), rng), 1, Integer::sum);
    assertEquals(0.40, counts.get(Task.TEXT_TO_VIDEO) / 20000.0, 0.02);
    assertEquals(0.20, counts.get(Task.FIRST_FRAME) / 20000.0, 0.02);
  }

  @Test
  void timesAreLogitNormalAndShiftedTowardNoiseForBigGrids() {
    FlowConfig flow = FlowConfig.standard();
    float[] small = RectifiedFlow.sampleTimes(flow, 5000, 256, new Rng(3));
    float[] big = RectifiedFlow.sampleTimes(flow, 5000, 4096, new Rng(3));
    double meanSmall = 0, meanBig = 0;
    for (int i = 0; i < small.length; i++) {
      assertTrue(small[i] > 0 && small[i] < 1 && big[i] >= small[i]);
      meanSmall += small[i] / small.length;
      meanBig += big[i] / big.length;
    }
    assertEquals(0.5, meanSmall, 0.02);
    assertTrue(meanBig > 0.7, "shift 4 moves times toward noise: " + meanBig);
    assertEquals(4.0, flow.shift(4096), 1e-9);
    assertEquals(1.0, flow.shift(64), 1e-9);
  }

  static int count(float[] mask) {
    int n = 0;
    for (float v : mask) n += v > 0 ? 1 : 0;
    return n;
  }

  static boolean contiguousFromStart(float[] mask) {
    boolean ended = false;
    for (float v : mask) {
      if (v == 0) ended = true;
      else if (ended) return false;
    }
    return true;
  }
}
