package dev.zoetrope.vae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {
  @Test
  void windowsAreEncodedAndDecodedAloneAndTheShortLastOneIsPadded() {
    try (Model model = Model.initialize(ModelConfig.tiny(), 3)) {
      VideoAutoencoder ae = model.autoencoder();
      Video video = gradient(32, 48, 12);
      Video back = RoundTrip.reconstruct(ae, video, 5); // windows of 5, 5 and 2 (padded to 5)
      assertEquals(12, back.frameCount());
      assertEquals(32, back.width());
      assertEquals(48, back.height());
      // The last window's two frames are what the window alone, padded with its last frame, decodes to.
      List<byte[]> last = new ArrayList<>(video.frames().subList(10, 12));
      for (int i = 0; i < 3; i++) last.add(video.frame(11));
      Video alone = RoundTrip.reconstruct(ae, new Video(32, 48, 8, last), 5);
      assertTrue(java.util.Arrays.equals(alone.frame(0), back.frame(10)));
      assertTrue(java.util.Arrays.equals(alone.frame(1), back.frame(11)));
      // And the first window is the autoencoder's own encode and decode of those frames.
      try (NDManager m = Compute.newManager()) {
        NDArray pixels = Tensors.of(m, Pixels.toFloats(video, 0, 5), 1, 3, 5, 48, 32);
        List<byte[]> direct = Pixels.toFrames(Tensors.floats(ae.decode(ae.encode(pixels))), 5, 48, 32);
        for (int f = 0; f < 5; f++) assertTrue(java.util.Arrays.equals(direct.get(f), back.frame(f)), "frame " + f);
      }
    }
  }

  @Test
  void aWindowTheEncoderCannotTakeIsNamed() {
    try (Model model = Model.initialize(ModelConfig.tiny(), 3)) {
      var e = assertThrows(IllegalArgumentException.class, () -> RoundTrip.reconstruct(model.autoencoder(), gradient(32, 32, 4), 4));
      assertTrue(e.getMessage().contains("1 + a multiple of 4"), e.getMessage());
    }
  }

  private static Video gradient(int width, int height, int frames) {
    List<byte[]> out = new ArrayList<>();
    for (int f = 0; f < frames; f++) {
      byte[] frame = new byte[width * height * 3];
      for (int i = 0; i < width * height; i++) {
        frame[3 * i] = (byte) (i % width * 8 + f * 5);
        frame[3 * i + 1] = (byte) (i / width * 5);
        frame[3 * i + 2] = (byte) (f * 20);
      }
      out.add(frame);
    }
    return new Video(width, height, 8, out);
  }
}
