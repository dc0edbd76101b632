package dev.zoetrope.config;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.train.TrainingState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainConfigTest {
  static final List<Bucket> BUCKETS = List.of(new Bucket(1, 16, 16));

  static TrainConfig pooled(double noise, double dropout) {
    return new TrainConfig(2, 1e-3, 1, 10, 0, 1, 0.9, 0.1, noise, dropout, BUCKETS, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 1);
  }

  @Test
  void aRunSavedBeforePooledAugmentationReadsWithoutIt(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("state.json");
    Files.writeString(state, """
        {"target":"dit","step":5,"adamUpdates":4,"rng":[1,2],"elapsedSeconds":3.0,
         "train":{"batchSize":8,"learningRate":4.0E-4,"warmupSteps":200,"totalSteps":9000,"weightDecay":0.01,"gradClip":1.0,
          "emaDecay":0.999,"captionDropout":0.1,"buckets":[{"frames":1,"height":128,"width":128}],
          "taskWeights":[0.4,0.1,0.2,0.1,0.1,0.1],"logEvery":25,"sampleEvery":0,"checkpointEvery":250,"minutes":68.0,"seed":1}}
        """);
    TrainConfig train = Json.read(state, TrainingState.class).train();
    assertEquals(0.0, train.pooledNoise());
    assertEquals(0.0, train.pooledDropout());
    assertEquals(0.0, train.objectWeight());
    assertEquals(0.0, train.objectWeightFade(), "an older run weighed every time alike");
    assertEquals(0.0, train.motionWeight(), "an older run had no motion term");
    assertEquals(0.1, train.captionDropout());
  }

  static TrainConfig weighted(double objectWeight) {
    return faded(objectWeight, 0);
  }

  static TrainConfig faded(double objectWeight, double fade) {
    return new TrainConfig(2, 1e-3, 1, 10, 0, 1, 0.9, 0, 0, 0, objectWeight, fade, 0, 0, 0, BUCKETS, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 1);
  }

  static TrainConfig moving(double motionWeight) {
    return new TrainConfig(2, 1e-3, 1, 10, 0, 1, 0.9, 0, 0, 0, 0, 0, motionWeight, 0, 0, BUCKETS, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 1);
  }

  @Test
  void theMotionWeightRoundTripsSurvivesANewBudgetAndMustBeFinite() {
    TrainConfig read = Json.read(Json.write(moving(1.5)), TrainConfig.class);
    assertEquals(1.5, read.motionWeight());
    assertEquals(1.5, read.withBudget(40, 5).motionWeight());
    assertEquals(0.0, weighted(4).motionWeight());
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertTrue(assertThrows(IllegalArgumentException.class, () -> moving(bad)).getMessage().contains("motionWeight"));
    }
  }

  @Test
  void theContextNoiseRoundTripsSurvivesANewBudgetAndStaysBelowOne() {
    TrainConfig read = Json.read(Json.write(noised(0.3)), TrainConfig.class);
    assertEquals(0.3, read.contextNoise());
    assertEquals(0.3, read.withBudget(40, 5).contextNoise());
    assertEquals(0.0, moving(1).contextNoise());
    for (double bad : new double[] {-0.1, 1, Double.NaN}) {
      assertTrue(assertThrows(IllegalArgumentException.class, () -> noised(bad)).getMessage().contains("contextNoise must be in [0, 1)"));
    }
    var dit = assertThrows(IllegalArgumentException.class, () -> ModelConfig.tiny().dit().withContextNoise(1.2));
    assertTrue(dit.getMessage().contains("contextNoise must be in [0, 1)"), dit.getMessage());
  }

  @Test
  void theLatentNoiseRoundTripsSurvivesANewBudgetAndMustBeFinite() {
    TrainConfig read = Json.read(Json.write(moving(0).withLatentNoise(0.4)), TrainConfig.class);
    assertEquals(0.4, read.latentNoise());
    assertEquals(0.4, read.withBudget(40, 5).latentNoise());
    assertEquals(0.0, noised(0.3).latentNoise());
    for (double bad : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertTrue(assertThrows(IllegalArgumentException.class, () -> moving(0).withLatentNoise(bad)).getMessage().contains("latentNoise"));
    }
  }

  static TrainConfig noised(double contextNoise) {
    return new TrainConfig(2, 1e-3, 1, 10, 0, 1, 0.9, 0, 0, 0, 0, 0, 0, contextNoise, 0, BUCKETS, TrainConfig.defaultTaskWeights(), 1, 0, 0, 0, 1);
  }

  @Test
  void theObjectWeightFadeRoundTripsSurvivesANewBudgetAndMustBeFinite() {
    TrainConfig read = Json.read(Json.write(faded(4, 2)), TrainConfig.class);
    assertEquals(2.0, read.objectWeightFade());
    assertEquals(2.0, read.withBudget(40, 5).objectWeightFade());
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertTrue(assertThrows(IllegalArgumentException.class, () -> faded(4, bad)).getMessage().contains("objectWeightFade"));
    }
  }

  @Test
  void theObjectWeightRoundTripsSurvivesANewBudgetAndMustBeFinite() {
    TrainConfig read = Json.read(Json.write(weighted(8)), TrainConfig.class);
    assertEquals(8.0, read.objectWeight());
    assertEquals(8.0, read.withBudget(40, 5).objectWeight());
    assertEquals(0.0, pooled(0.5, 0).objectWeight());
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertTrue(assertThrows(IllegalArgumentException.class, () -> weighted(bad)).getMessage().contains("objectWeight"));
    }
  }

  @Test
  void pooledAugmentationRoundTripsAndSurvivesANewBudget() {
    TrainConfig train = pooled(0.8, 0.25);
    TrainConfig read = Json.read(Json.write(train), TrainConfig.class);
    assertEquals(train, read);
    TrainConfig longer = read.withBudget(40, 5);
    assertEquals(0.8, longer.pooledNoise());
    assertEquals(0.25, longer.pooledDropout());
  }

  @Test
  void badPooledAugmentationIsRefusedByName() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> pooled(-0.1, 0)).getMessage().contains("pooledNoise"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> pooled(Double.NaN, 0)).getMessage().contains("pooledNoise"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> pooled(0, 1.5)).getMessage().contains("pooledDropout"));
  }
}
