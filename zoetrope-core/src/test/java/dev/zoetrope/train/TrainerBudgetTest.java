package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.Json;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.TrainConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --minutes, or a stop request (Ctrl-C), ends a run early with a complete checkpoint; its state says
 * where it stopped, and --resume goes on exactly as if the run had never stopped.
 */
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

  @Test
  void stopRequestEndsAfterTheCurrentStepWithACheckpointThatResumesExactly(@TempDir Path dir) throws Exception {
    // no periodic checkpoints: the only checkpoint of the stopped run is the one the stop writes
    TrainConfig config = new TrainConfig(2, 2e-3, 3, 10, 0.01, 1.0, 0.9, 0.0, ResumeTest.BUCKETS, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 3);
    List<double[]> straight = ResumeTest.run(dir.resolve("straight"), config, 0, false);

    Path runDir = dir.resolve("stopped");
    AtomicBoolean stop = new AtomicBoolean();
    try (Model model = Model.initialize(ModelConfig.tiny(), 1)) {
      var options = Trainer.Options.of(runDir).quiet().withStepListener(step -> stop.set(step >= 4)).withStopRequest(stop::get);
      var result = new Trainer(model, new AutoencoderObjective(model.autoencoder()), new SyntheticClips(), config, options).run(false);
      assertTrue(result.stopped());
      assertEquals(4, result.step());
    }
    assertEquals(4, Json.read(Trainer.checkpointOf(runDir).resolve(Checkpoint.TRAINING).resolve("state.json"), TrainingState.class).step());
    ResumeTest.assertCurvesEqual(straight, ResumeTest.run(runDir, config, 0, true));

    try (Model model = Model.load(Trainer.checkpointOf(runDir), false)) {
      var result = new Trainer(model, new AutoencoderObjective(model.autoencoder()), new SyntheticClips(), config,
          Trainer.Options.of(runDir).quiet()).run(true);
      assertFalse(result.stopped(), "a run that ends at its last step was not stopped");
    }
  }
}
