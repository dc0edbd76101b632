package dev.zoetrope.config;

/**
 * The diffusion transformer: latent patches of 1 x patchSize x patchSize become tokens of width
 * {@code hiddenSize}; {@code depth} blocks of self-attention (3D RoPE), cross-attention to text
 * states of width {@code textDim}, and an MLP, each modulated by the timestep (adaLN-Zero). With
 * {@code pooledText} the caption's mean token state, projected, joins that timestep condition too
 * (the pooled text vector of Esser et al., 2024): a short path from the caption to every block's
 * modulation. With {@code promptFacts} the prompt's parsed facts ({@code dev.zoetrope.dit.PromptFacts}),
 * projected, join it as well: camera moves and directions the text states barely tell apart reach
 * every block as their own input. Configs written before either existed read as false.
 * {@code contextNoise} is the highest noise level at which the transformer was trained to take given
 * frames (0 = clean only): a long video's later windows can then be given its own frames slightly
 * noised, so they lean less on the small errors of the frames made before them. Configs written
 * before it existed read 0. With {@code referenceFrame} every token also sees, projected, the patch at
 * its own place in its nearest given frame: a direct path from what is given to where it stays, not
 * only through attention. Configs written before it existed read false.
 */
public record DiTConfig(
    int latentChannels, int hiddenSize, int depth, int heads, double mlpRatio, int patchSize, int textDim, int frequencySize,
    boolean pooledText, boolean promptFacts, double contextNoise, boolean referenceFrame) {

  public DiTConfig {
    if (latentChannels < 1) throw new IllegalArgumentException("latentChannels must be >= 1");
    if (depth < 1) throw new IllegalArgumentException("depth must be >= 1");
    if (heads < 1 || hiddenSize % heads != 0) {
      throw new IllegalArgumentException("hiddenSize " + hiddenSize + " must be a multiple of heads " + heads);
    }
    int headSize = hiddenSize / heads;
    if (headSize % 2 != 0 || headSize < 8) {
      throw new IllegalArgumentException("head size " + headSize + " must be even and >= 8 for 3D RoPE");
    }
    if (!(mlpRatio >= 1)) throw new IllegalArgumentException("mlpRatio must be >= 1");
    if (patchSize < 1) throw new IllegalArgumentException("patchSize must be >= 1");
    if (textDim < 1) throw new IllegalArgumentException("textDim must be >= 1");
    if (frequencySize < 2 || frequencySize % 2 != 0) throw new IllegalArgumentException("frequencySize must be even");
    if (!(contextNoise >= 0 && contextNoise < 1)) throw new IllegalArgumentException("contextNoise must be in [0, 1), got " + contextNoise);
  }

  /** The same transformer without the pooled text, prompt facts and reference frame paths, trained on clean given frames. */
  public DiTConfig(int latentChannels, int hiddenSize, int depth, int heads, double mlpRatio, int patchSize, int textDim, int frequencySize) {
    this(latentChannels, hiddenSize, depth, heads, mlpRatio, patchSize, textDim, frequencySize, false, false, 0, false);
  }

  /** This transformer with the pooled text path on or off. */
  public DiTConfig withPooledText(boolean on) {
    return new DiTConfig(latentChannels, hiddenSize, depth, heads, mlpRatio, patchSize, textDim, frequencySize,
        on, promptFacts, contextNoise, referenceFrame);
  }

  /** This transformer with the prompt facts path on or off. */
  public DiTConfig withPromptFacts(boolean on) {
    return new DiTConfig(latentChannels, hiddenSize, depth, heads, mlpRatio, patchSize, textDim, frequencySize,
        pooledText, on, contextNoise, referenceFrame);
  }

  /** This transformer with {@code blocks} blocks. */
  public DiTConfig withDepth(int blocks) {
    return new DiTConfig(latentChannels, hiddenSize, blocks, heads, mlpRatio, patchSize, textDim, frequencySize,
        pooledText, promptFacts, contextNoise, referenceFrame);
  }

  /** This transformer at width {@code hidden} with {@code heads} attention heads (a fresh one: trained weights do not carry over). */
  public DiTConfig withWidth(int hidden, int heads) {
    return new DiTConfig(latentChannels, hidden, depth, heads, mlpRatio, patchSize, textDim, frequencySize,
        pooledText, promptFacts, contextNoise, referenceFrame);
  }

  /** This transformer, trained to take given frames noised up to {@code level}. */
  public DiTConfig withContextNoise(double level) {
    return new DiTConfig(latentChannels, hiddenSize, depth, heads, mlpRatio, patchSize, textDim, frequencySize,
        pooledText, promptFacts, level, referenceFrame);
  }

  /** This transformer with the reference frame path on or off. */
  public DiTConfig withReferenceFrame(boolean on) {
    return new DiTConfig(latentChannels, hiddenSize, depth, heads, mlpRatio, patchSize, textDim, frequencySize,
        pooledText, promptFacts, contextNoise, on);
  }

  public int headSize() {
    return hiddenSize / heads;
  }

  public int mlpHidden() {
    return (int) Math.round(hiddenSize * mlpRatio);
  }

  /** Values per token: one latent patch. */
  public int patchValues() {
    return latentChannels * patchSize * patchSize;
  }
}
