/**
 * Training data as shards: clips of raw uint8 RGB, shape (F, H, W, 3), compressed per clip, grouped
 * into buckets of one (frames, height, width) so every batch stacks without padding. Written by
 * {@link dev.zoetrope.data.DatasetBuilder} (rendered world) or {@link dev.zoetrope.data.DatasetImporter}
 * (a user's videos), read by {@link dev.zoetrope.data.DatasetReader}. The format is in docs/dataset.md.
 */
package dev.zoetrope.data;
