package dev.zoetrope.server;

import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.generate.GenerationRequest;
import dev.zoetrope.generate.GenerationResult;
import dev.zoetrope.generate.ProgressListener;
import dev.zoetrope.generate.VideoGenerator;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake generator for unit tests of the HTTP and job layers only: a square moving over a
 * gradient, in as many steps as asked, each reporting progress. Given frames (image, extension,
 * edit input) are copied into the output so tests can see conditioning reached the generator.
 */
public final class PatternGenerator implements VideoGenerator {
  private final long millisPerStep;
  private final int steps;

  public PatternGenerator(int steps, long millisPerStep) {
    this.steps = steps;
    this.millisPerStep = millisPerStep;
  }

  @Override
  public GenerationResult generate(GenerationRequest request, ProgressListener progress) {
    for (int step = 1; step <= steps; step++) {
      sleep(millisPerStep);
      progress.progress(step / (double) steps, "denoise");
    }
    List<byte[]> frames = new ArrayList<>();
    for (int f = 0; f < request.frames(); f++) frames.add(frame(request, f));
    if (request.conditioning() instanceof Conditioning.ImageToVideo image) frames.set(0, image.image().frame(0));
    return new GenerationResult(new Video(request.width(), request.height(), request.fps(), frames),
        request.prompt(), request.seed(), modelId());
  }

  private static byte[] frame(GenerationRequest request, int index) {
    int w = request.width();
    int h = request.height();
    byte[] rgb = new byte[w * h * 3];
    int squareX = (index * 4) % Math.max(1, w - 8);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = (y * w + x) * 3;
        boolean square = x >= squareX && x < squareX + 8 && y >= h / 2 - 4 && y < h / 2 + 4;
        rgb[i] = (byte) (square ? 230 : 40 + x * 100 / w);
        rgb[i + 1] = (byte) (square ? 40 : 60 + y * 100 / h);
        rgb[i + 2] = (byte) (square ? 40 : 120);
      }
    }
    return rgb;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String modelId() {
    return "pattern";
  }

  @Override
  public void close() {}
}
