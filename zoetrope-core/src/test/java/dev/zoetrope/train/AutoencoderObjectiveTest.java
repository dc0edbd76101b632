package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.ModelConfig;
import org.junit.jupiter.api.Test;

/** The reconstruction loss weighted toward object boxes. */
class AutoencoderObjectiveTest {
  @Test
  void objectPixelsCountOnePlusTheWeightAndTheMeanIsNormalised() {
    try (NDManager m = NDManager.newBaseManager()) {
      // Two channels of two pixels: errors 1 and 3 (channel 0), 5 and 7 (channel 1); the second pixel is an object's.
      var squared = m.create(new float[] {1, 3, 5, 7}, new Shape(1, 2, 1, 1, 2));
      var objects = m.create(new float[] {0, 1}, new Shape(1, 1, 1, 1, 2));
      // weights 1 and 4: (1 + 12 + 5 + 28) / (2 * 5) = 4.6
      assertEquals(4.6f, AutoencoderObjective.weightedMean(squared, objects, 3f).getFloat(), 1e-6f);
      assertEquals(4.0f, AutoencoderObjective.weightedMean(squared, objects, 0f).getFloat(), 1e-6f);
      var everywhere = m.create(new float[] {1, 1}, new Shape(1, 1, 1, 1, 2));
      assertEquals(4.0f, AutoencoderObjective.weightedMean(squared, everywhere, 9f).getFloat(), 1e-6f);
    }
  }

  @Test
  void aWorldBatchIsWeightedAndAnUnmarkedBatchIsRefused() {
    Bucket bucket = new Bucket(5, 32, 32);
    try (Model model = Model.initialize(ModelConfig.tiny(), 3); NDManager m = NDManager.newBaseManager()) {
      Batch world = Batch.draw(WorldClips.captioned(dev.zoetrope.world.sample.WorldSpec.training(), 8), bucket, 2, new Rng(5));
      float plain = new AutoencoderObjective(model.autoencoder()).loss(m, world, new Rng(9)).getFloat();
      float weighted = new AutoencoderObjective(model.autoencoder(), 8).loss(m, world, new Rng(9)).getFloat();
      assertNotEquals(plain, weighted, "the object weight changed nothing");
      Batch squares = Batch.draw(new SyntheticClips(), bucket, 2, new Rng(5));
      var e = assertThrows(IllegalStateException.class, () -> new AutoencoderObjective(model.autoencoder(), 8).loss(m, squares, new Rng(9)));
      assertEquals("an object weight needs clips that mark their objects (the procedural world, --data world)", e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> new AutoencoderObjective(model.autoencoder(), -1));
    }
  }
}
