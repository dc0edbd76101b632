package dev.zoetrope.world.render;

import dev.zoetrope.world.scene.Colour;

/**
 * Where an object is at one instant, in world pixels: centre, bounding-circle radius, rotation
 * (radians, clockwise on screen), body colour (packed RGB) and the named colour nearest to it.
 */
public record ObjectState(double x, double y, double radius, double angle, int rgb, Colour colour) {}
