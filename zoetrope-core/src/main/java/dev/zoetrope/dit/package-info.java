/**
 * The diffusion transformer: spacetime patches, 3D RoPE, adaLN-Zero, self-attention over all
 * tokens, cross-attention to text states, per-token "given" flag. Shape letters: see
 * {@code dev.zoetrope.nn}.
 */
package dev.zoetrope.dit;
