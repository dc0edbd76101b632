package dev.zoetrope.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One line of a shard's index ({@code shard-NNNNN.jsonl}): where the clip's bytes are in the
 * {@code .bin} file and what the clip is.
 *
 * @param offset byte offset of the stored (possibly compressed) clip in the .bin file
 * @param length stored byte length
 * @param caption the caption to train on, or null when none is known yet
 * @param captions every caption of the clip (e.g. short, detailed, paraphrases), or null
 * @param source where the clip came from ("world seed 12" or a file name)
 * @param meta free-form details: the scene and its facts for rendered clips, the original size
 *     and frame rate for imported ones
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClipRecord(String id, long offset, int length, String caption, List<String> captions, String source, JsonNode meta) {}
