/**
 * Text encoder: all-MiniLM-L6-v2 (ONNX) turns a prompt into token states for the diffusion
 * transformer's cross-attention and a pooled sentence vector for moderation and retrieval.
 *
 * <p>Shape letters: L tokens (padded to the encoder's maximum length), D = 384 hidden width.
 */
package dev.zoetrope.text;
