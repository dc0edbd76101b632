/**
 * Safety and provenance, at both ends of generation: {@code moderation} checks the prompt before
 * anything is generated; {@link dev.zoetrope.safety.Provenance#finish} watermarks the frames
 * ({@code watermark}), writes the MP4 and signs it with C2PA content credentials
 * ({@code provenance}); {@link dev.zoetrope.safety.Provenance#detect} reads both back. {@code bench}
 * measures the watermark.
 */
package dev.zoetrope.safety;
