/** The causal video autoencoder, pixel conversions and the PSNR reconstruction metric. */
package dev.zoetrope.vae;
