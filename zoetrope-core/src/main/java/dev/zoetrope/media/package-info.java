/**
 * Media I/O: {@link dev.zoetrope.media.Mp4Writer} encodes a {@link dev.zoetrope.world.video.Video}
 * as H.264 MP4 that browsers play at once, {@link dev.zoetrope.media.VideoReader} decodes anything
 * FFmpeg reads, {@link dev.zoetrope.media.PngIO} reads and writes single frames. Every writer
 * writes a temporary file beside the target and renames it, so a crash never leaves half a file.
 */
package dev.zoetrope.media;
