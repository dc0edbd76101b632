package dev.zoetrope.cli;

import dev.zoetrope.data.Compression;
import dev.zoetrope.data.DatasetImporter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zoetrope dataset import}: a folder of videos plus captions into shards. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports your videos (any codec FFmpeg reads) into the shard format.",
      "Each is resampled to --fps, scaled and centre-cropped to the nearest of 128x128, 224x128, 128x224, and cut"
          + " to the longest of 1, 5, 9, 17, 33 frames. captions.jsonl has one JSON object per line:",
      "  {\"file\": \"beach.mp4\", \"caption\": \"waves roll onto a sandy beach\"}",
      "Unreadable videos, videos without a caption and bad lines are skipped and listed; the exit code is non-zero"
          + " only when nothing was imported."
    },
    footer = {"", "Examples:", "  zoetrope dataset import my-videos --captions my-videos/captions.jsonl --out data/mine"})
final class DatasetImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "VIDEOS_DIR", description = "Folder of videos (searched recursively).")
  Path videos;

  @Option(names = "--captions", required = true, description = "JSON Lines file: {\"file\": …, \"caption\": …} per video.")
  Path captions;

  @Option(names = "--out", required = true, description = "Dataset folder to create.")
  Path out;

  @Option(names = "--fps", defaultValue = "8", description = "Frames per second of the shards (default: ${DEFAULT-VALUE}).")
  double fps;

  @Option(names = "--compression", defaultValue = "zstd", description = "zstd (default) or none.")
  String compression;

  @Override
  public Integer call() throws Exception {
    if (!(fps > 0 && fps <= 120)) throw new IllegalArgumentException("--fps must be in (0, 120], got " + fps);
    DatasetImporter.Report report = DatasetImporter.importVideos(videos, captions, out, fps, Compression.parse(compression));
    for (DatasetImporter.Skipped s : report.skipped()) System.err.println("skipped " + s.file() + ": " + s.reason());
    System.out.printf(Locale.ROOT, "imported %d video%s into %s in %.1f s; skipped %d%n", report.imported(),
        report.imported() == 1 ? "" : "s", out, report.seconds(), report.skipped().size());
    if (report.imported() == 0) throw new ExitException(1, "nothing imported (see the skipped list above)");
    return 0;
  }
}
