package dev.zoetrope.train;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.vae.Psnr;
import dev.zoetrope.world.video.Video;
import org.junit.jupiter.api.Test;

/** The round-trip measure: its first trip is the plain reconstruction, each later one starts from the bytes before it. */
class RoundTripsTest {
  static final Bucket BUCKET = new Bucket(5, 32, 32);

  @Test
  void eachTripEncodesTheBytesOfTheOneBefore() {
    try (Model model = Model.initialize(ModelConfig.tiny(), 3)) {
      double[] psnr = RoundTrips.psnr(model.autoencoder(), new SyntheticClips(), BUCKET, 2, 3, 9);
      assertEquals(3, psnr.length);
      assertArrayEquals(psnr, RoundTrips.psnr(model.autoencoder(), new SyntheticClips(), BUCKET, 2, 3, 9), "fixed by the seed");
      double[] expected = new double[3];
      Rng rng = new Rng(9);
      for (int i = 0; i < 2; i++) {
        Video rendered = new SyntheticClips().clip(BUCKET, rng).video();
        Video video = rendered;
        for (int trip = 0; trip < 3; trip++) {
          video = AutoencoderEvaluation.reconstruct(model.autoencoder(), video);
          expected[trip] += Psnr.of(rendered, video) / 2;
        }
      }
      assertArrayEquals(expected, psnr, 1e-9);
      assertThrows(IllegalArgumentException.class, () -> RoundTrips.psnr(model.autoencoder(), new SyntheticClips(), BUCKET, 1, 0, 9));
    }
  }
}
