package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.TrainConfig;
import dev.zoetrope.dit.FakeText;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted run resumed from its checkpoint reproduces the uninterrupted loss curve exactly. */
class ResumeTest {
  static final List<Bucket> BUCKETS = List.of(new Bucket(1, 16, 16), new Bucket(5, 16, 32));
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void autoencoderAndTransformerResumeExactly(@TempDir Path dir) throws Exception {
    TrainConfig ae = new TrainConfig(2, 2e-3, 3, 12, 0.01, 1.0, 0.9, 0.0, BUCKETS, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 3);
    List<double[]> straight = run(dir.resolve("straight"), ae, 0, false);
    run(dir.resolve("resumed"), ae, 6, false);
    List<double[]> resumed = run(dir.resolve("resumed"), ae, 0, true);
    assertEquals(12, straight.size());
    assertCurvesEqual(straight, resumed);

    TrainConfig dit = new TrainConfig(2, 2e-3, 3, 12, 0.01, 1.0, 0.9, 0.3, BUCKETS, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 4);
    List<double[]> ditStraight = runTransformer(dir, "dit-straight", dit, 0, false);
    runTransformer(dir, "dit-resumed", dit, 5, false);
    assertCurvesEqual(ditStraight, runTransformer(dir, "dit-resumed", dit, 0, true));
  }

  static void assertCurvesEqual(List<double[]> expected, List<double[]> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i)[0], actual.get(i)[0]);
      assertEquals(expected.get(i)[1], actual.get(i)[1], 0.0, "loss at step " + (i + 1));
    }
  }

  static List<double[]> run(Path runDir, TrainConfig config, int stopAt, boolean resume) throws Exception {
    try (Model model = resume ? Model.load(Trainer.checkpointOf(runDir), false) : Model.initialize(ModelConfig.tiny(), 1)) {
      new Trainer(model, new AutoencoderObjective(model.autoencoder()), new SyntheticClips(), config,
          new Trainer.Options(runDir, false, QUIET, null, stopAt, null)).run(resume);
    }
    return MetricsLog.read(runDir.resolve("metrics.csv"));
  }

  static List<double[]> runTransformer(Path dir, String name, TrainConfig config, int stopAt, boolean resume) throws Exception {
    Path runDir = dir.resolve(name);
    Path start = resume ? Trainer.checkpointOf(runDir) : Trainer.checkpointOf(dir.resolve("straight"));
    try (Model model = Model.load(start, false)) {
      var objective = new TransformerObjective(model.autoencoder(), model.transformer(), model.config().flow(), FakeText.encoder(384), config);
      new Trainer(model, objective, new SyntheticClips(), config, new Trainer.Options(runDir, false, QUIET, null, stopAt, null)).run(resume);
    }
    return MetricsLog.read(runDir.resolve("metrics.csv"));
  }
}
