package dev.zoetrope.train;

/**
 * An objective that trains one half of a trained autoencoder and keeps the rest of the model: the
 * checkpoint gets the other half, the latent scale and (when the source has one) the transformer
 * exactly as they were, so a transformer trained on this latent space stays valid.
 */
public interface AutoencoderPart extends Objective {
  /** Whether the model's transformer is part of the checkpoint and is written back unchanged. */
  boolean withTransformer();
}
