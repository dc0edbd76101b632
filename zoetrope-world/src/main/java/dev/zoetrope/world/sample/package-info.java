/**
 * Random scenes: a {@link dev.zoetrope.world.sample.WorldSpec} says which object compositions may
 * appear (training excludes the held-out ones), and a {@link dev.zoetrope.world.sample.SceneSampler}
 * draws scenes from it, optionally honouring the facts a caption states.
 */
package dev.zoetrope.world.sample;
