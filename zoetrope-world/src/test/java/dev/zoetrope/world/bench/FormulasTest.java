package dev.zoetrope.world.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zoetrope.world.oracle.CameraPath;
import dev.zoetrope.world.video.Video;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-video formulas on hand-built inputs whose answer is known by hand. */
class FormulasTest {
  @Test
  void consistencyIsVBenchsMeanOfFirstAndPreviousFrameSimilarity() {
    double[] e1 = {1, 0};
    double[] e2 = {0, 1};
    assertEquals(1, QualityScores.consistency(List.of(e1, e1, e1)), 1e-12);
    // t=2: (cos(e1,e2) + cos(e1,e2)) / 2 = 0; t=3: (cos(e1,e1) + cos(e2,e1)) / 2 = 0.5; mean 0.25.
    assertEquals(0.25, QualityScores.consistency(List.of(e1, e2, e1)), 1e-12);
  }

  @Test
  void flickerIsOneMinusMeanAbsoluteDifferenceOver255() {
    int w = 16;
    int h = 16;
    byte[] grey = new byte[w * h * 3];
    byte[] lighter = new byte[w * h * 3];
    java.util.Arrays.fill(grey, (byte) 100);
    java.util.Arrays.fill(lighter, (byte) 151);
    boolean[] none = new boolean[w * h];
    Video video = new Video(w, h, 8, List.of(grey, lighter, grey));
    double score = QualityScores.flicker(video, CameraPath.still(w, h, 8, 3), List.of(none, none, none));
    assertEquals((255 - 51) / 255.0, score, 1e-9);
    Video still = new Video(w, h, 8, List.of(grey, grey));
    assertEquals(1, QualityScores.flicker(still, CameraPath.still(w, h, 8, 2), List.of(none, none)), 1e-12);
  }

  @Test
  void psnrFollowsItsDefinitionAndIsCappedForIdenticalFrames() {
    byte[] a = new byte[300];
    byte[] b = new byte[300];
    for (int i = 0; i < b.length; i++) b[i] = (byte) (i % 2 == 0 ? 1 : 0); // MSE 0.5
    assertEquals(10 * Math.log10(255.0 * 255.0 / 0.5), ConditioningScores.psnr(a, b), 1e-9);
    assertEquals(ConditioningScores.PSNR_CAP, ConditioningScores.psnr(a, a), 0);
  }
}
