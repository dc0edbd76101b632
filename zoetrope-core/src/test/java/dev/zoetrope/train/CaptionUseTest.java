package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.dit.FakeText;
import dev.zoetrope.world.sample.WorldSpec;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The caption-use measure: objects found from the renderer's masks, and a caption-blind model scored as such. */
class CaptionUseTest {
  private static final Bucket BUCKET = new Bucket(5, 32, 32);
  private static final double[] TIMES = {0.3, 0.9};

  @Test
  void aModelThatIgnoresTextGainsNothingFromItsCaption() {
    try (Model model = Model.initialize(ModelConfig.tiny(), 1)) { // adaLN-Zero: the fresh transformer predicts 0 for any caption
      CaptionUse.Report report = CaptionUse.measure(model, FakeText.encoder(384), WorldSpec.training(), BUCKET, 4, 7, TIMES);
      assertTrue(report.objectShare() > 0 && report.objectShare() < 0.6, "objects touch part of the frame: " + report.objectShare());
      assertEquals(2, report.rows().size());
      for (CaptionUse.Row row : report.rows()) {
        assertEquals(row.objectDropped(), row.objectCaptioned(), 0.0);
        assertEquals(row.backgroundDropped(), row.backgroundCaptioned(), 0.0);
        assertEquals(0.0, row.objectGain(), 0.0);
      }
      // Same seed, same clips and noise: the same numbers.
      assertEquals(report, CaptionUse.measure(model, FakeText.encoder(384), WorldSpec.training(), BUCKET, 4, 7, TIMES));
    }
  }

  @Test
  void aModelThatReadsItsCaptionLosesDifferentlyWithoutIt() {
    try (Model model = Model.initialize(ModelConfig.tiny(), 1)) {
      Map<String, float[]> random = new HashMap<>();
      Rng rng = new Rng(5);
      model.transformer().weights().toFloats().forEach((name, values) -> random.put(name, rng.gaussians(values.length)));
      model.transformer().weights().load(random);
      CaptionUse.Report report = CaptionUse.measure(model, FakeText.encoder(384), WorldSpec.training(), BUCKET, 4, 7, TIMES);
      for (CaptionUse.Row row : report.rows()) {
        assertNotEquals(row.objectDropped(), row.objectCaptioned());
        assertTrue(Double.isFinite(row.objectGain()));
      }
    }
  }

  @Test
  void noiseLevelsOutsideTheOpenIntervalAreRefused() {
    try (Model model = Model.initialize(ModelConfig.tiny(), 1)) {
      var error = assertThrows(IllegalArgumentException.class,
          () -> CaptionUse.measure(model, FakeText.encoder(384), WorldSpec.training(), BUCKET, 2, 7, new double[] {0.5, 1.0}));
      assertTrue(error.getMessage().contains("1.0"), error.getMessage());
    }
  }
}
