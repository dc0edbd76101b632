package dev.zoetrope.cli;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.train.RoundTrips;
import dev.zoetrope.train.WorldClips;
import dev.zoetrope.world.sample.WorldSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zoetrope bench roundtrip}: how an autoencoder's error grows when its own frames are encoded again. */
@Command(
    name = "roundtrip",
    mixinStandardHelpOptions = true,
    description = {
      "Send fresh world clips through the model's autoencoder again and again and print the PSNR of each trip.",
      "Each trip encodes, decodes and stores as bytes, as a long video does with the frames each window hands"
          + " the next; the PSNR is against the clip as rendered. An encoder trained with 'train autoencoder"
          + " --encoder-only' keeps it near the first trip's."
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope bench roundtrip",
      "  zoetrope bench roundtrip --model runs/encoder/checkpoint --clips 16 --trips 17 --size 5x128x128"
    })
public final class BenchRoundTripCommand implements Callable<Integer> {
  @Option(names = "--model", description = "Checkpoint folder (default: models/zoetrope-world in the Zoetrope home).")
  Path model;

  @Option(names = "--clips", defaultValue = "8", description = "World clips to average over (default: ${DEFAULT-VALUE}).")
  int clips;

  @Option(names = "--trips", defaultValue = "17", description = "Round trips; a 60 s video makes 17 windows (default: ${DEFAULT-VALUE}).")
  int trips;

  @Option(names = "--size", defaultValue = "5x128x128", description = {
      "FRAMESxHEIGHTxWIDTH of the clips (default: ${DEFAULT-VALUE}, the 5 frames a long video's window is given)."})
  String size;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the scenes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (clips < 1) throw new IllegalArgumentException("--clips must be >= 1, got " + clips);
    if (trips < 1 || trips > 100) throw new IllegalArgumentException("--trips must be in 1..100, got " + trips);
    Bucket bucket = Bucket.parse(size);
    double[] psnr;
    try (Model loaded = Model.load(ModeOptions.checkpointOr(model), false)) {
      loaded.config().autoencoder().checkFrames(bucket.frames());
      psnr = RoundTrips.psnr(loaded.autoencoder(), WorldClips.captioned(WorldSpec.training(), loaded.config().fps()), bucket, clips, trips, seed);
    }
    System.out.printf("%d world clips of %s, PSNR against the rendered clip after each round trip%n", clips, bucket);
    System.out.println("  trip   PSNR dB");
    for (int trip = 0; trip < psnr.length; trip++) System.out.printf("  %4d   %7.2f%n", trip + 1, psnr[trip]);
    return 0;
  }
}
