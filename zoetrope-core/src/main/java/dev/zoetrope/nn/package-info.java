/**
 * Network building blocks shared by the autoencoder and the transformer: named parameters, composed
 * operations (GroupNorm, SiLU, causal 3D convolution, depth-to-space, attention) and initialisers.
 *
 * <p>Shape letters used beside tensor lines across the engine: B batch, C channels, T pixel
 * frames, F latent frames, H and W height and width (pixels), h and w (latent), L tokens, Lt text
 * tokens, D hidden width, P values per patch, Ff prompt facts ({@code PromptFacts.WIDTH}).
 */
package dev.zoetrope.nn;
