package dev.zoetrope.cli;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.generate.DiffusionGenerator;
import dev.zoetrope.generate.GenerationRequest;
import dev.zoetrope.generate.ProgressListener;
import dev.zoetrope.train.ClipSource;
import dev.zoetrope.train.Trainer;
import dev.zoetrope.train.AutoencoderEvaluation;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/** Sample videos written during training: reconstructions (autoencoder) or generations (transformer). */
final class SampleVideos {
  private SampleVideos() {}

  /** Writes a fixed clip beside its reconstruction, side by side. */
  static Trainer.SampleHook reconstructions(ClipSource clips, Bucket bucket) {
    ClipSource.Clip clip = clips.clip(bucket, new Rng(12345));
    return (checkpoint, step, samples) -> {
      try (Model model = Model.load(checkpoint, false)) {
        Video reconstruction = AutoencoderEvaluation.reconstruct(model.autoencoder(), clip.video());
        VideoFiles.write(sideBySide(clip.video(), reconstruction), samples.resolve(String.format("step-%07d.mp4", step)));
      }
    };
  }

  /** Generates the sample prompt from the fresh checkpoint. */
  static Trainer.SampleHook generations(String prompt, Bucket bucket, double fps) {
    return (checkpoint, step, samples) -> {
      try (DiffusionGenerator generator = DiffusionGenerator.load(checkpoint)) {
        var request = GenerationRequest.text(prompt, bucket.width(), bucket.height(), bucket.frames(), fps, 7);
        VideoFiles.write(generator.generate(request, ProgressListener.NONE).video(), samples.resolve(String.format("step-%07d.mp4", step)));
      }
    };
  }

  static Video sideBySide(Video left, Video right) {
    int w = left.width(), h = left.height();
    List<byte[]> frames = new ArrayList<>();
    for (int f = 0; f < left.frameCount(); f++) {
      byte[] out = new byte[2 * w * h * 3];
      for (int y = 0; y < h; y++) {
        System.arraycopy(left.frame(f), y * w * 3, out, y * 2 * w * 3, w * 3);
        System.arraycopy(right.frame(f), y * w * 3, out, (y * 2 * w + w) * 3, w * 3);
      }
      frames.add(out);
    }
    return new Video(2 * w, h, left.fps(), frames);
  }

}
