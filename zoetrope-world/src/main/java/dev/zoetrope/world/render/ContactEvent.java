package dev.zoetrope.world.render;

/**
 * An object touching the floor during a bounce: at {@code time} seconds, first visible in frame
 * {@code frame} (the first frame at or after the contact), at world position ({@code x}, {@code y})
 * of the object's centre, moving down at {@code speed} world pixels per second before the bounce.
 */
public record ContactEvent(int object, double time, int frame, double x, double y, double speed) {}
