package dev.zoetrope.safety.moderation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Guards the measured quality on the labelled set (the numbers themselves: {@code bench moderation}). */
class ModerationBenchTest {
  @Test
  @SuppressWarnings("unchecked")
  void precisionAndRecallStayHighOnTheLabelledSet() {
    List<ModerationBench.Example> examples = ModerationBench.labelled();
    assertTrue(examples.size() >= 300);
    assertTrue(examples.stream().filter(e -> e.label().equals("none")).count() * 2 >= examples.size());
    Map<String, Object> report = ModerationBench.run(Moderator.shared(), examples);
    System.out.println(ModerationBench.table(report));
    ((List<ModerationBench.Miss>) report.get("misses")).forEach(System.out::println);
    for (Map<String, Object> row : (List<Map<String, Object>>) report.get("categories")) {
      assertTrue((double) row.get("precision") >= 0.9, row.toString());
      assertTrue((double) row.get("recall") >= 0.9, row.toString());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void heldOutPromptsAreMostlyRight() {
    Map<String, Object> report = ModerationBench.run(Moderator.shared(), ModerationBench.heldOut());
    System.out.println(ModerationBench.table(report));
    ((List<ModerationBench.Miss>) report.get("misses")).forEach(System.out::println);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) report.get("categories");
    Map<String, Object> any = rows.get(rows.size() - 1);
    assertTrue((double) any.get("precision") >= 0.8, any.toString());
    assertTrue((double) any.get("recall") >= 0.8, any.toString());
  }
}
