package dev.zoetrope.data;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetBuildReadTest {
  @TempDir Path directory;

  private static DatasetBuilder.Options small(int clips, int threads) {
    return new DatasetBuilder.Options(clips, 5, Bucket.standard(), 8, Compression.ZSTD, 7, threads, WorldSpec.training());
  }

  @Test
  void buildThenReadBackEveryClipExactly() throws Exception {
    Path out = directory.resolve("data");
    CaptionSource captions = (scene, seed) -> List.of("caption " + seed, "another " + seed);
    DatasetBuilder.Report report = DatasetBuilder.build(out, small(40, 2), captions, null);
    assertEquals(40, report.clips());
    assertTrue(report.storedBytes() < report.rawBytes() / 3, "zstd shrinks rendered clips: " + report);
    try (DatasetReader reader = DatasetReader.open(out)) {
      assertEquals(40, reader.manifest().clips());
      assertEquals(40, reader.buckets().stream().mapToInt(reader::clips).sum());
      assertTrue(reader.buckets().size() >= 8, "clips spread over buckets: " + reader.buckets());
      SceneSampler sampler = new SceneSampler(WorldSpec.training());
      int checked = 0;
      for (Bucket bucket : reader.buckets()) {
        DatasetReader.Sample sample = reader.read(bucket, 0);
        long seed = Long.parseLong(sample.source().substring("world seed ".length()));
        assertEquals("caption " + seed, sample.caption());
        assertEquals(2, sample.captions().size());
        Scene scene = sampler.sample(seed);
        var video = Renderer.render(scene, new RenderSpec(bucket.width(), bucket.height(), 8, bucket.frames())).video();
        var stored = sample.video(8);
        for (int f = 0; f < bucket.frames(); f++) assertArrayEquals(video.frame(f), stored.frame(f), bucket.name() + " frame " + f);
        checked++;
      }
      assertEquals(reader.buckets().size(), checked);
    }
  }

  @Test
  void sameOptionsGiveIdenticalShardsWhateverTheThreads() throws Exception {
    Path one = directory.resolve("one"), two = directory.resolve("two");
    DatasetBuilder.build(one, small(15, 1), CaptionSource.NONE, null);
    DatasetBuilder.build(two, small(15, 2), CaptionSource.NONE, null);
    try (var files = Files.walk(one)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(two.resolve(one.relativize(file))), file.toString());
      }
    }
  }

  @Test
  void batchesShuffleOneBucketDeterministically() throws Exception {
    Path out = directory.resolve("data");
    List<Bucket> two = List.of(new Bucket(5, 128, 128), new Bucket(1, 128, 224));
    DatasetBuilder.build(out, new DatasetBuilder.Options(23, 1, two, 8, Compression.NONE, 4, 2, WorldSpec.training()), CaptionSource.NONE, null);
    try (DatasetReader reader = DatasetReader.open(out)) {
      Bucket bucket = reader.buckets().stream().max((a, b) -> reader.clips(a) - reader.clips(b)).orElseThrow();
      int n = reader.clips(bucket);
      List<String> first = ids(reader.batches(bucket, 3, 42), bucket, 3);
      assertEquals(first, ids(reader.batches(bucket, 3, 42), bucket, 3), "same seed, same order");
      assertNotEquals(first, ids(reader.batches(bucket, 3, 43), bucket, 3), "another seed, another order");
      assertEquals(n, first.size());
      assertEquals(n, new HashSet<>(first).size(), "an epoch visits every clip once");
      Set<Bucket> picked = new HashSet<>();
      var random = new java.util.SplittableRandom(1);
      for (int i = 0; i < 50; i++) picked.add(reader.pickBucket(random));
      assertEquals(Set.copyOf(reader.buckets()), picked);
    }
  }

  @Test
  void refusesToOverwriteAndReportsMissingDatasets() throws Exception {
    Path out = directory.resolve("data");
    DatasetBuilder.build(out, small(2, 1), CaptionSource.NONE, null);
    assertThrows(IllegalArgumentException.class, () -> DatasetBuilder.build(out, small(2, 1), CaptionSource.NONE, null));
    assertThrows(NoSuchFileException.class, () -> DatasetReader.open(directory.resolve("nothing")));
    assertThrows(IllegalArgumentException.class, () -> new Bucket(4, 128, 128), "frames must be 1 + 4k");
    assertEquals(new Bucket(17, 128, 224), Bucket.parse("f17_h128_w224"));
  }

  private static List<String> ids(Iterator<DatasetReader.Batch> batches, Bucket bucket, int size) {
    List<String> ids = new ArrayList<>();
    while (batches.hasNext()) {
      DatasetReader.Batch batch = batches.next();
      assertEquals(bucket, batch.bucket());
      assertTrue(batch.size() <= size && batch.size() > 0);
      for (DatasetReader.Sample s : batch.samples()) {
        assertEquals(bucket.clipBytes(), s.rgb().length);
        ids.add(s.id());
      }
    }
    return ids;
  }
}
