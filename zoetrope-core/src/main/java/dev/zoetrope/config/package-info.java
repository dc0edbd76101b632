/** Configs as small self-validating records with named presets, serialised as JSON beside weights. */
package dev.zoetrope.config;
