package dev.zoetrope.train;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.DiTConfig;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.dit.PromptFacts;
import java.util.Locale;

/** MODEL_CARD.md written with every checkpoint: what was trained, on what, for how long. */
final class ModelCard {
  private ModelCard() {}

  static String write(ModelConfig config, Model model, TrainingState state, ClipSource source, double loss) {
    long autoencoderParameters = model.autoencoder().weights().count();
    long transformerParameters = model.transformer().weights().count();
    var train = state.train();
    return String.format(Locale.ROOT, """
        # %s

        Zoetrope video diffusion model (checkpoint written by `zoetrope train %s`).

        ## Architecture
        - Causal video autoencoder: latent channels %d, widths %s, spatial x%d, temporal x%d, \
        latent scale %.4f — %,d parameters.
        - Diffusion transformer: width %d, depth %d, heads %d, patch 1x%d x%d, text width %d%s — %,d parameters.
        - Rectified flow, logit-normal times (mean %.2f, std %.2f), resolution shift base %d tokens.

        ## Training (this stage: %s)
        - Steps: %d of %d, batch %d, learning rate %.2g (warmup %d, cosine), weight decay %.3g, \
        gradient clip %.2g, EMA %.4f.
        - Buckets (frames x height x width): %s.
        - Task weights (t2v, image, first frame, first-k, last-k, both ends): %s; caption dropout %.2f; \
        pooled text noise %.2f, dropout %.2f; object weight %.1f%s%s%s.
        - Data: %s.
        - Wall clock: %.1f minutes on this machine; last loss %.5f.
        """,
        config.name(), state.target(),
        config.autoencoder().latentChannels(), config.autoencoder().widths(), config.autoencoder().spatialDownsample(),
        config.autoencoder().temporalDownsample(), config.autoencoder().latentScale(), autoencoderParameters,
        config.dit().hiddenSize(), config.dit().depth(), config.dit().heads(), config.dit().patchSize(), config.dit().patchSize(),
        config.dit().textDim(), paths(config.dit()), transformerParameters,
        config.flow().logitMean(), config.flow().logitStd(), config.flow().shiftBaseTokens(),
        state.target(), state.step(), train.totalSteps(), train.batchSize(), train.learningRate(), train.warmupSteps(),
        train.weightDecay(), train.gradClip(), train.emaDecay(), train.buckets(), train.taskWeights(), train.captionDropout(),
        train.pooledNoise(), train.pooledDropout(), train.objectWeight(),
        train.objectWeightFade() == 0 ? "" : String.format(java.util.Locale.ROOT, ", faded by (1 - t)^%.1f", train.objectWeightFade()),
        train.motionWeight() == 0 ? "" : String.format(java.util.Locale.ROOT, "; motion weight %.2f", train.motionWeight()),
        train.contextNoise() == 0 ? "" : String.format(java.util.Locale.ROOT, "; given frames noised up to %.2f", train.contextNoise()),
        source.describe(), state.elapsedSeconds() / 60, loss);
  }

  /** The optional paths the transformer has (into its timestep condition, and the reference frame), as a phrase. */
  private static String paths(DiTConfig dit) {
    return (dit.pooledText() ? ", pooled text path" : "")
        + (dit.promptFacts() ? ", prompt facts path (" + PromptFacts.WIDTH + " parsed facts)" : "")
        + (dit.referenceFrame() ? ", reference frame path" : "");
  }
}
