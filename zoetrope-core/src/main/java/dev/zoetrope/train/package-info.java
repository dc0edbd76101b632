/** Training: objectives, AdamW, schedule, EMA, the loop with progress and metrics, checkpoints, TinyModel. */
package dev.zoetrope.train;
