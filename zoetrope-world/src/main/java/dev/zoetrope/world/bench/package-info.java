/**
 * The quality bench: frozen prompt {@link dev.zoetrope.world.bench.Suite}s, the ground truth that
 * sets the ceiling, the controls that set the floors, the {@link dev.zoetrope.world.bench.Dimension}s
 * (VBench and T2V-CompBench formulas with the oracle as detector), and the reports.
 *
 * <p>Flow: a {@link dev.zoetrope.world.bench.VideoSource} gives each entry's video; the
 * {@link dev.zoetrope.world.bench.Scorer} reads it once with the oracle and scores it against the
 * entry's facts (and, for the shuffled-caption floor, another entry's); {@link
 * dev.zoetrope.world.bench.SetScores} summarises each set with means, sample sizes, 95% intervals,
 * FD and KID; {@link dev.zoetrope.world.bench.ReportWriter} writes report.json and report.html.
 * The {@link dev.zoetrope.world.bench.BenchRunner} runs it all on a small thread pool.
 */
package dev.zoetrope.world.bench;
