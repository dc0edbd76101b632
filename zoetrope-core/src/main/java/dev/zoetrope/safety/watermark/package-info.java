/**
 * Invisible watermark: a keyed pattern of band-limited sinusoids on a 128-pixel tile, added to luma
 * and detected blindly by phase correlation over scale and offset.
 *
 * <p>Letters: T tile side (pixels), (u, v) a frequency in cycles per tile, F the folded tile's DFT,
 * P a pilot's keyed phasor, z the pilot correlation in standard deviations under "no watermark".
 */
package dev.zoetrope.safety.watermark;
