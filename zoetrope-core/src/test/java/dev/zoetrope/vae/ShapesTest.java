package dev.zoetrope.vae;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.dit.FakeText;
import dev.zoetrope.dit.TextBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every bucket shape, including a single frame and both orientations, through autoencoder and transformer. */
class ShapesTest {
  @Test
  void everyBucketPassesAutoencoderAndTransformer() {
    ModelConfig config = ModelConfig.tiny();
    List<Bucket> buckets = List.of(new Bucket(1, 32, 32), new Bucket(5, 32, 32), new Bucket(9, 32, 48), new Bucket(13, 48, 32), new Bucket(1, 16, 64));
    try (Model model = Model.initialize(config, 1)) {
      for (Bucket bucket : buckets) {
        bucket.check(config);
        try (NDManager m = Compute.newManager()) {
          NDArray pixels = Tensors.of(m, new Rng(2).gaussians(3 * bucket.frames() * bucket.height() * bucket.width()),
              1, 3, bucket.frames(), bucket.height(), bucket.width());
          NDArray latent = model.autoencoder().encode(pixels);
          int f = config.autoencoder().latentFrames(bucket.frames());
          assertArrayEquals(new long[] {1, 8, f, bucket.height() / 8, bucket.width() / 8}, Tensors.shape(latent), bucket.toString());
          NDArray velocity = model.transformer().forward(latent, new float[] {0.5f}, new float[f],
              TextBatch.of(List.of(FakeText.of("a ball", 384)), 384));
          assertArrayEquals(Tensors.shape(latent), Tensors.shape(velocity), bucket.toString());
          NDArray decoded = model.autoencoder().decode(latent);
          assertArrayEquals(Tensors.shape(pixels), Tensors.shape(decoded), bucket.toString());
        }
      }
    }
  }

  @Test
  void badFrameCountsAndSizesAreNamed() {
    ModelConfig config = ModelConfig.tiny();
    var frames = assertThrows(IllegalArgumentException.class, () -> new Bucket(4, 32, 32).check(config));
    assertTrue(frames.getMessage().contains("1 + a multiple of 4"), frames.getMessage());
    var size = assertThrows(IllegalArgumentException.class, () -> new Bucket(5, 30, 32).check(config));
    assertTrue(size.getMessage().contains("multiple of 16"), size.getMessage());
  }
}
