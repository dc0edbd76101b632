/**
 * Prompt moderation: {@link dev.zoetrope.safety.moderation.TextNormalizer} undoes obfuscation, a
 * {@link dev.zoetrope.safety.moderation.Lexicon} and MiniLM similarity to curated examples decide
 * per {@link dev.zoetrope.safety.moderation.Category}, with
 * {@link dev.zoetrope.safety.moderation.ModerationThresholds} calibrated on a labelled set.
 */
package dev.zoetrope.safety.moderation;
