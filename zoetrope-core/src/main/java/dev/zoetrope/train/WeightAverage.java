package dev.zoetrope.train;

import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.checkpoint.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A weighted average of the transformers of several models fine-tuned from one start, on one
 * autoencoder (a "model soup": Wortsman et al., 2022). Runs that start from the same weights and
 * train with different settings or data stay close enough that their average is a model of its own,
 * often better than each. The models must share the config and the autoencoder's values exactly:
 * the transformers then work in one latent space. The result is written atomically: whole or not
 * at all.
 */
public final class WeightAverage {
  private WeightAverage() {}

  /**
   * Averages the transformers of {@code folders} with {@code weights} (non-negative, normalised to sum 1) into {@code out},
   * which may not be one of the folders.
   */
  public static void average(List<Path> folders, double[] weights, Path out) throws IOException {
    if (folders.size() < 2) throw new IllegalArgumentException("averaging needs at least two models, got " + folders.size());
    if (weights.length != folders.size()) {
      throw new IllegalArgumentException(weights.length + " weights for " + folders.size() + " models: give one weight per model");
    }
    double total = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) throw new IllegalArgumentException("weights must be >= 0, got " + Arrays.toString(weights));
      total += w;
    }
    if (!(total > 0)) throw new IllegalArgumentException("the weights must not all be 0");
    for (Path folder : folders) {
      if (folder.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
        throw new IllegalArgumentException("--out " + out + " is one of the models; write the average elsewhere");
      }
    }
    List<Model> models = new ArrayList<>();
    try {
      for (Path folder : folders) models.add(Model.load(folder, true));
      Model first = models.get(0);
      Map<String, float[]> firstAutoencoder = first.autoencoder().weights().toFloats();
      Map<String, double[]> sum = new LinkedHashMap<>();
      for (int m = 0; m < models.size(); m++) {
        Model model = models.get(m);
        if (!model.config().equals(first.config())) {
          throw new IllegalArgumentException(folders.get(m) + " has another config.json than " + folders.get(0) + "; only models of one shape can be averaged");
        }
        Map<String, float[]> autoencoder = model.autoencoder().weights().toFloats();
        for (Map.Entry<String, float[]> entry : firstAutoencoder.entrySet()) {
          if (!Arrays.equals(entry.getValue(), autoencoder.get(entry.getKey()))) {
            throw new IllegalArgumentException(folders.get(m) + " has another autoencoder than " + folders.get(0) + " (" + entry.getKey()
                + " differs); transformers are only averaged on one latent space");
          }
        }
        double share = weights[m] / total;
        for (Map.Entry<String, float[]> entry : model.transformer().weights().toFloats().entrySet()) {
          double[] acc = sum.computeIfAbsent(entry.getKey(), k -> new double[entry.getValue().length]);
          float[] values = entry.getValue();
          for (int i = 0; i < values.length; i++) acc[i] += share * values[i];
        }
      }
      Map<String, float[]> averaged = new LinkedHashMap<>();
      sum.forEach((name, acc) -> {
        float[] values = new float[acc.length];
        for (int i = 0; i < acc.length; i++) values[i] = (float) acc[i];
        averaged.put(name, values);
      });
      first.transformer().weights().load(averaged);
      String card = card(folders, weights, total, first);
      Checkpoint.writeAtomically(out, folder -> {
        first.writeTo(folder, false, true);
        Files.writeString(folder.resolve(Checkpoint.MODEL_CARD), card);
      });
    } finally {
      for (Model model : models) model.close();
    }
  }

  private static String card(List<Path> folders, double[] weights, double total, Model model) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(model.config().name()).append("\n\n");
    out.append("Zoetrope video diffusion model (checkpoint written by `zoetrope train average`): the weighted average of\n");
    out.append("the transformers of these models, on their one autoencoder.\n\n");
    out.append("| model | weight |\n|---|---|\n");
    for (int m = 0; m < folders.size(); m++) {
      out.append(String.format(Locale.ROOT, "| %s | %.4f |%n", folders.get(m).toAbsolutePath().normalize(), weights[m] / total));
    }
    out.append(String.format(Locale.ROOT, "%nTransformer: %,d parameters; autoencoder: %,d parameters (the first model's, the same in all).%n",
        model.transformer().weights().count(), model.autoencoder().weights().count()));
    return out.toString();
  }
}
