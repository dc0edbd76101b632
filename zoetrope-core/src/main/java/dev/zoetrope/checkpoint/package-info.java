/** Checkpoints: safetensors read/write (F32, F16), atomic folders, checked loading, models in memory. */
package dev.zoetrope.checkpoint;
