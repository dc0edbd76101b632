/** The causal video autoencoder, pixel conversions, round trips through it and the PSNR reconstruction metric. */
package dev.zoetrope.vae;
