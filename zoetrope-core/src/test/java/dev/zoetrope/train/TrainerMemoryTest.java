package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.TrainConfig;
import dev.zoetrope.dit.FakeText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every training step frees what it made: the model's managers hold the same arrays after each step. */
class TrainerMemoryTest {
  @Test
  void arrayCountIsFlatAcrossSteps(@TempDir Path dir) throws Exception {
    List<Bucket> buckets = List.of(new Bucket(5, 16, 16), new Bucket(1, 16, 16));
    TrainConfig config = new TrainConfig(2, 1e-3, 2, 8, 0.01, 1.0, 0.9, 0.1, buckets, TrainConfig.defaultTaskWeights(), 1, 0, 4, 0, 5);
    try (Model model = Model.initialize(ModelConfig.tiny(), 3)) {
      List<Integer> counts = new ArrayList<>();
      var objective = new TransformerObjective(model.autoencoder(), model.transformer(), model.config().flow(), FakeText.encoder(384), config);
      var options = Trainer.Options.of(dir).quiet().withStepListener(step -> counts.add(model.arrayCount()));
      new Trainer(model, objective, new SyntheticClips(), config, options).run(false);
      assertEquals(8, counts.size());
      assertTrue(counts.stream().allMatch(c -> c.equals(counts.get(0))), "array counts per step: " + counts);
    }
  }
}
