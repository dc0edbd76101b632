/**
 * The synthetic world's language (docs/vocabulary.md).
 *
 * <ul>
 *   <li>{@link dev.zoetrope.world.caption.Vocabulary}: canonical words, seen synonyms (the
 *       captioner writes them) and unseen synonyms (only the parser knows them);
 *   <li>{@link dev.zoetrope.world.caption.Captioner}: complete {@link
 *       dev.zoetrope.world.scene.SceneFacts} to a short prompt, a detailed caption and paraphrases;
 *   <li>{@link dev.zoetrope.world.caption.CaptionParser}: any text back to the facts it states;
 *   <li>{@link dev.zoetrope.world.caption.PromptExpansion} / {@link
 *       dev.zoetrope.world.caption.PromptExpander}: a user's prompt to complete facts and a
 *       detailed caption;
 *   <li>{@link dev.zoetrope.world.caption.FactRules}: when facts describe a whole scene, and
 *       where two sets of facts disagree.
 * </ul>
 *
 * <p>The parser reads text as a stream of {@link dev.zoetrope.world.caption.Term}s (longest
 * phrase first, unknown words dropped) through a small state machine: noun phrases name objects
 * and become the clause's subject; verbs, directions, speeds and colour changes attach to the
 * subject; the first statement of a fact wins. Every caption the captioner writes reads back to
 * exactly the facts it states, which the tests check over thousands of random scenes.
 */
package dev.zoetrope.world.caption;
