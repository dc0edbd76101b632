package dev.zoetrope.cli;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.TrainConfig;
import dev.zoetrope.generate.MiniLmPrompts;
import dev.zoetrope.train.Trainer;
import dev.zoetrope.train.TransformerObjective;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zoetrope train dit}: flow matching on the frozen autoencoder's latents, with the task mixture. */
@Command(
    name = "dit",
    mixinStandardHelpOptions = true,
    description = "Train the diffusion transformer (rectified flow, task mixture, caption dropout) on a frozen autoencoder.",
    footer = {
      "",
      "Examples:",
      "  zoetrope train dit --autoencoder runs/ae/checkpoint --out runs/dit --data world --minutes 120 --sample-every 500",
      "  zoetrope train dit --out runs/dit --resume --minutes 60",
    })
public final class TrainDitCommand implements Callable<Integer> {
  @Mixin TrainingOptions options;

  @Option(names = "--autoencoder", description = "Checkpoint folder of a trained autoencoder (its config.json sets the DiT size).")
  Path autoencoder;

  @Option(names = "--caption-dropout", defaultValue = "0.1", description = "Share of captions dropped for guidance (default: ${DEFAULT-VALUE}).")
  double captionDropout;

  @Option(names = "--tasks", split = ",", defaultValue = "0.4,0.1,0.2,0.1,0.1,0.1",
      description = "Weights of t2v, image, first frame, first-k, last-k, both ends (default: ${DEFAULT-VALUE}).")
  List<Double> tasks;

  @Option(names = "--sample-prompt", defaultValue = "a red ball moves right", description = "Prompt of the sample videos.")
  String samplePrompt;

  @Override
  public Integer call() throws Exception {
    Path start = options.resume ? Trainer.checkpointOf(options.out) : autoencoder;
    if (start == null) throw new IllegalArgumentException("--autoencoder CHECKPOINT is required (or --resume)");
    TrainConfig train = options.config(captionDropout, TrainingOptions.weights(tasks));
    try (Model model = Model.load(start, options.resume, options.seed)) {
      var clips = options.clips(model.config().fps());
      var objective = new TransformerObjective(model.autoencoder(), model.transformer(), model.config().flow(), MiniLmPrompts.shared(), train);
      var bucket = train.buckets().get(train.buckets().size() - 1);
      Trainer.Options run = new Trainer.Options(options.out, options.fp16, System.err,
          SampleVideos.generations(samplePrompt, bucket, model.config().fps()), 0, null);
      var result = new Trainer(model, objective, clips, train, run).run(options.resume);
      System.out.printf("dit: step %d, loss %.5f, %.1f min; checkpoint %s%n", result.step(), result.lastLoss(), result.seconds() / 60,
          result.checkpoint());
    }
    return 0;
  }
}
