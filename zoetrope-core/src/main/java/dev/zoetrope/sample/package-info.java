/** Sampling: the single denoising loop (Euler, Heun, guidance) over a canvas of given latents. */
package dev.zoetrope.sample;
