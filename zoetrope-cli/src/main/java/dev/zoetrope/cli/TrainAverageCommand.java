package dev.zoetrope.cli;

import dev.zoetrope.train.WeightAverage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zoetrope train average}: the weighted average of fine-tuned transformers on one autoencoder (a model soup). */
@Command(
    name = "average",
    mixinStandardHelpOptions = true,
    description = {
      "Average the transformers of models fine-tuned from one start on one autoencoder (a model soup).",
      "The models must share config.json and the autoencoder's values; the output is a whole model folder."
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope train average runs/phase/checkpoint runs/motion/checkpoint --out runs/soup",
      "  zoetrope train average runs/a/checkpoint runs/b/checkpoint runs/c/checkpoint --weights 2,1,1 --out runs/soup3",
    })
public final class TrainAverageCommand implements Callable<Integer> {
  @Parameters(arity = "2..*", paramLabel = "MODEL", description = "Model folders (config.json, autoencoder.safetensors, dit.safetensors).")
  List<Path> models;

  @Option(names = "--out", required = true, description = "Folder for the averaged model (written whole, or not at all).")
  Path out;

  @Option(names = "--weights", split = ",", paramLabel = "W", description = "One weight per model, normalised to sum 1 (default: equal).")
  double[] weights;

  @Override
  public Integer call() throws Exception {
    double[] chosen = weights;
    if (chosen == null) {
      chosen = new double[models.size()];
      java.util.Arrays.fill(chosen, 1);
    }
    WeightAverage.average(models, chosen, out);
    System.out.println("wrote " + out + ": the average of " + models.size() + " transformers");
    return 0;
  }
}
