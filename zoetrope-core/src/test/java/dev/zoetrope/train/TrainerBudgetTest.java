package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.TrainConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --minutes stops a run early with a complete checkpoint; its state says where it stopped. */
class TrainerBudgetTest {
  @Test
  void wallClockBudgetStopsWithACheckpoint(@TempDir Path dir) throws Exception {
    TrainConfig config = new TrainConfig(1, 1e-3, 1, 100000, 0.0, 1.0, 0.9, 0.0, List.of(new Bucket(1, 16, 16)),
        TrainConfig.defaultTaskWeights(), 5, 0, 0, 0.02, 1);
    try (Model model = Model.initialize(ModelConfig.tiny(), 1)) {
      var result = new Trainer(model, new AutoencoderObjective(model.autoencoder()), new SyntheticClips(), config,
          Trainer.Options.of(dir).quiet()).run(false);
      assertTrue(result.step() > 0 && result.step() < 100000, "stopped at step " + result.step());
      assertTrue(result.seconds() >= 1.2 && result.seconds() < 30, "ran " + result.seconds() + " s for a 1.2 s budget");
    }
    Path checkpoint = Trainer.checkpointOf(dir);
    assertTrue(Files.exists(checkpoint.resolve(Checkpoint.AUTOENCODER)));
    assertTrue(Files.readString(checkpoint.resolve(Checkpoint.MODEL_CARD)).contains("Steps: "));
    assertEquals(100000, Trainer.savedConfig(dir).totalSteps());
  }
}
