package dev.zoetrope.world.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zoetrope.world.render.RenderedClip;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The oracle against the simulator's own truth: 510 random scenes of the full world (held-out
 * compositions included), 170 at each aspect ratio (1:1, 16:9, 9:16), two seconds each. It must
 * agree on at least 99% of the attributes of the objects pixels can show (see
 * {@link Agreement#observable}), and on each kind of attribute on at least 96%.
 */
class OracleAgreementTest {
  static final int CLIPS = 510;
  static final List<int[]> SIZES = List.of(new int[] {128, 128}, new int[] {192, 108}, new int[] {108, 192});

  @Test
  void agreesWithTheSimulatorOnNinetyNinePercentOfAttributes() throws Exception {
    SceneSampler sampler = new SceneSampler(WorldSpec.full());
    Oracle oracle = new Oracle();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Agreement agreement = new Agreement();
    try {
      List<Future<Object[]>> clips = IntStream.range(0, CLIPS).mapToObj(i -> pool.submit(() -> {
        int[] size = SIZES.get(i % SIZES.size());
        RenderedClip clip = Renderer.render(sampler.sample(500_000L + i), new RenderSpec(size[0], size[1], 6, 12));
        return new Object[] {clip, oracle.read(clip.video())};
      })).toList();
      for (Future<Object[]> f : clips) {
        Object[] result = f.get();
        agreement.compare((RenderedClip) result[0], (Observation) result[1]);
      }
    } finally {
      pool.shutdownNow();
    }
    String summary = agreement.summary() + "\n" + String.join("\n", agreement.disagreements);
    System.out.println(summary);
    assertTrue(agreement.rate() >= 0.99, summary);
    for (Map.Entry<String, int[]> e : agreement.tally.entrySet()) {
      assertTrue(e.getValue()[0] >= 0.96 * e.getValue()[1], e.getKey() + " agrees on too few: " + summary);
    }
    // The observability rule may set aside only the few objects hidden or merged most of the time.
    assertTrue(agreement.skipped <= 0.08 * CLIPS * 2, agreement.skipped + " objects set aside");
  }
}
