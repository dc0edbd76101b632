/**
 * What every generation mode needs around the one generator: the sizes a model can make
 * ({@link dev.zoetrope.modes.SizeGrid}), input images and videos fitted to them and retimed to the
 * model's frame rate ({@link dev.zoetrope.modes.InputMedia}), the prompt check before anything runs
 * ({@link dev.zoetrope.modes.Moderation}) and the single place generated frames become a file
 * ({@link dev.zoetrope.modes.OutputWriter}: mark, encode, sign, rename).
 *
 * <p>The modes themselves are data ({@link dev.zoetrope.generate.Conditioning}); nothing here
 * samples. The CLI's generate, extend, connect and edit commands are thin layers over this package.
 */
package dev.zoetrope.modes;
