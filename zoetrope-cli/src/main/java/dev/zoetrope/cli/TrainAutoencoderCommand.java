package dev.zoetrope.cli;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.Json;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.TrainConfig;
import dev.zoetrope.train.AutoencoderEvaluation;
import dev.zoetrope.train.AutoencoderObjective;
import dev.zoetrope.train.Trainer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zoetrope train autoencoder}: trains the causal video autoencoder; reports reconstruction PSNR. */
@Command(
    name = "autoencoder",
    mixinStandardHelpOptions = true,
    description = "Train the causal video autoencoder (reconstruction PSNR is logged as psnr=… per step).",
    footer = {
      "",
      "Examples:",
      "  zoetrope train autoencoder --out runs/ae --preset small --data world --minutes 60",
      "  zoetrope train autoencoder --out runs/ae --resume --minutes 30",
      "  zoetrope train autoencoder --out /tmp/ae --preset tiny --data synthetic --buckets 1x32x32,9x32x32 --steps 200",
    })
public final class TrainAutoencoderCommand implements Callable<Integer> {
  @Mixin TrainingOptions options;

  @Option(names = "--preset", defaultValue = "default", description = "Model size: tiny, small or default (sets the DiT too).")
  String preset;

  @Option(names = "--config", description = "A model config JSON instead of --preset.")
  Path config;

  @Override
  public Integer call() throws Exception {
    Path checkpoint = Trainer.checkpointOf(options.out);
    ModelConfig modelConfig = config != null ? Json.read(config, ModelConfig.class) : ModelConfig.preset(preset);
    TrainConfig train = options.config(0, TrainConfig.defaultTaskWeights());
    try (Model model = options.resume ? Model.load(checkpoint, false) : Model.initialize(modelConfig, options.seed)) {
      var clips = options.clips(model.config().fps());
      Trainer.Options run = new Trainer.Options(options.out, options.fp16, System.err,
          SampleVideos.reconstructions(clips, train.buckets().get(train.buckets().size() - 1)), 0, null);
      var result = new Trainer(model, new AutoencoderObjective(model.autoencoder()), clips, train, run).run(options.resume);
      System.out.printf("autoencoder: step %d, loss %.5f, %.1f min; checkpoint %s%n", result.step(), result.lastLoss(), result.seconds() / 60,
          result.checkpoint());
    }
    try (Model trained = Model.load(checkpoint, false)) {
      var clips = options.clips(trained.config().fps());
      AutoencoderEvaluation.psnrPerBucket(trained.autoencoder(), clips, train.buckets(), 4, options.seed + 99)
          .forEach((bucket, psnr) -> System.out.printf("reconstruction PSNR %-12s %.2f dB%n", bucket, psnr));
    }
    return 0;
  }
}
