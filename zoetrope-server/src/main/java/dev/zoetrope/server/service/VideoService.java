package dev.zoetrope.server.service;

import dev.zoetrope.server.ApiError;
import dev.zoetrope.server.jobs.Job;
import dev.zoetrope.server.jobs.JobIds;
import dev.zoetrope.server.jobs.JobMode;
import dev.zoetrope.server.jobs.JobSpec;
import dev.zoetrope.server.jobs.JobStatus;
import dev.zoetrope.server.jobs.JobStore;
import dev.zoetrope.server.jobs.VideoSize;
import dev.zoetrope.server.media.ResultFiles;
import dev.zoetrope.server.media.Variant;
import dev.zoetrope.server.models.InstalledModel;
import dev.zoetrope.server.models.ModelCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The rules of the Videos API: validates requests (naming the bad parameter), applies moderation
 * and quotas, queues jobs, and shows each caller only their own videos (another owner's id is a
 * 404, exactly like an id that does not exist).
 */
public final class VideoService {
  private static final SecureRandom SEEDS = new SecureRandom();
  private static final double REMIX_STRENGTH = 0.7;
  private static final double EDIT_STRENGTH = 0.6;
  private static final long DAY_MILLIS = 24L * 3600 * 1000;

  private final JobStore jobs;
  private final ModelCatalog models;
  private final VideoOptions options;
  private final ResultFiles files;
  private final InputStore inputs;
  private final PromptModerator moderator;
  private final Clock clock;
  private final int maxAttempts;

  public VideoService(JobStore jobs, ModelCatalog models, VideoOptions options, ResultFiles files,
      PromptModerator moderator, Clock clock, int maxAttempts, long maxUploadBytes) {
    this.jobs = jobs;
    this.models = models;
    this.options = options;
    this.files = files;
    this.inputs = new InputStore(files, maxUploadBytes);
    this.moderator = moderator;
    this.clock = clock;
    this.maxAttempts = maxAttempts;
  }

  public VideoOptions options() {
    return options;
  }

  public List<InstalledModel> models() {
    return models.all();
  }

  public Job create(Caller caller, VideoRequests.Create request) {
    String prompt = checkedPrompt(request.prompt());
    InstalledModel model = model(request.model());
    int seconds = options.seconds(request.seconds());
    VideoSize size = options.size(request.size());
    String id = JobIds.newId();
    JobSpec spec = JobSpec.text(SEEDS.nextLong());
    if (request.inputReference() != null || request.inputReferenceUrl() != null) {
      byte[] bytes = request.inputReference() != null ? request.inputReference().bytes()
          : InputStore.decodeDataUrl("input_reference", request.inputReferenceUrl());
      String image = inputs.saveImage(id, "input_reference", bytes);
      spec = new JobSpec(JobMode.IMAGE_TO_VIDEO, spec.seed(), null, null, image, 0, false);
    }
    return admit(caller, Job.queued(id, caller.owner(), caller.keyId(), model.id(), prompt, seconds, size,
        spec, null, clock.millis(), maxAttempts));
  }

  /** A new video from a finished one and a new prompt (SDEdit at a fixed strength unless given). */
  public Job remix(Caller caller, VideoRequests.Remix request) {
    Job source = completed(caller, request.videoId(), "video_id");
    String prompt = checkedPrompt(request.prompt());
    double strength = strength(request.strength(), REMIX_STRENGTH);
    JobSpec spec = new JobSpec(JobMode.REMIX, SEEDS.nextLong(), source.id(), null, null, strength, false);
    return admit(caller, Job.queued(JobIds.newId(), caller.owner(), caller.keyId(), source.model(), prompt,
        source.seconds(), source.size(), spec, source.id(), clock.millis(), maxAttempts));
  }

  public Job extend(Caller caller, VideoRequests.Extend request) {
    if (request.videoId() == null) throw ApiError.missing("video");
    Job source = completed(caller, request.videoId(), "video");
    String prompt = request.prompt() == null ? source.prompt() : checkedPrompt(request.prompt());
    int seconds = options.seconds(request.seconds());
    boolean backward = direction(request.direction());
    JobSpec spec;
    if (request.connectToId() != null) {
      if (backward) throw ApiError.invalid("direction", "invalid_value", "A connection always runs forward, from 'video' to 'connect_to'.");
      Job target = completed(caller, request.connectToId(), "connect_to");
      if (!target.size().equals(source.size())) {
        throw ApiError.invalid("connect_to", "invalid_value", "Both videos must have the same size; 'video' is "
            + source.size() + " and 'connect_to' is " + target.size() + ".");
      }
      spec = new JobSpec(JobMode.CONNECT, SEEDS.nextLong(), source.id(), target.id(), null, 0, false);
    } else {
      spec = new JobSpec(JobMode.EXTEND, SEEDS.nextLong(), source.id(), null, null, 0, backward);
    }
    return admit(caller, Job.queued(JobIds.newId(), caller.owner(), caller.keyId(), source.model(), prompt,
        seconds, source.size(), spec, null, clock.millis(), maxAttempts));
  }

  public Job edit(Caller caller, VideoRequests.Edit request) {
    String prompt = checkedPrompt(request.prompt());
    double strength = strength(request.strength(), EDIT_STRENGTH);
    if ((request.videoId() == null) == (request.video() == null)) {
      throw ApiError.invalid("video", request.videoId() == null ? "missing_required_parameter" : "invalid_value",
          "Give exactly one 'video': the id of a finished video ({\"id\": \"video_…\"}) or an uploaded video file.");
    }
    String id = JobIds.newId();
    if (request.videoId() != null) {
      Job source = completed(caller, request.videoId(), "video");
      JobSpec spec = new JobSpec(JobMode.EDIT, SEEDS.nextLong(), source.id(), null, null, strength, false);
      return admit(caller, Job.queued(id, caller.owner(), caller.keyId(), source.model(), prompt, source.seconds(),
          source.size(), spec, null, clock.millis(), maxAttempts));
    }
    VideoSize size = options.size(request.size());
    InputStore.SavedVideo saved = inputs.saveVideo(id, "video", request.video().bytes());
    int seconds = (int) Math.max(1, Math.min(options.maxSeconds(), Math.round(saved.frames() / saved.fps())));
    JobSpec spec = new JobSpec(JobMode.EDIT, SEEDS.nextLong(), null, null, saved.relativePath(), strength, false);
    return admit(caller, Job.queued(id, caller.owner(), caller.keyId(), models.defaultModel().id(), prompt, seconds,
        size, spec, null, clock.millis(), maxAttempts));
  }

  public Job get(Caller caller, String id) {
    if (!JobIds.isValid(id)) throw ApiError.notFound("video", shorten(id));
    return jobs.find(id).filter(job -> !job.deleted() && job.owner().equals(caller.owner()))
        .orElseThrow(() -> ApiError.notFound("video", id));
  }

  public record Page(List<Job> videos, boolean hasMore) {}

  public Page list(Caller caller, VideoRequests.ListQuery query) {
    int limit = 20;
    if (query.limit() != null) {
      limit = query.limit().matches("[0-9]{1,4}") ? Integer.parseInt(query.limit()) : -1;
      if (limit < 1 || limit > 100) throw ApiError.invalid("limit", "invalid_value", "'limit' must be a whole number from 1 to 100.");
    }
    String order = query.order() == null ? "desc" : query.order().toLowerCase(Locale.ROOT);
    if (!order.equals("asc") && !order.equals("desc")) throw ApiError.invalid("order", "invalid_value", "'order' must be 'asc' or 'desc'.");
    Job after = null;
    if (query.after() != null && !query.after().isEmpty()) {
      if (!JobIds.isValid(query.after())) throw ApiError.invalid("after", "invalid_value", "'after' must be a video id.");
      after = jobs.find(query.after()).filter(job -> job.owner().equals(caller.owner()))
          .orElseThrow(() -> ApiError.invalid("after", "invalid_value", "No video '" + query.after() + "' to list after."));
    }
    List<Job> page = jobs.list(caller.owner(), after, limit, order.equals("asc"));
    boolean hasMore = page.size() > limit;
    return new Page(hasMore ? page.subList(0, limit) : page, hasMore);
  }

  /** Deletes a video; a queued or running job is cancelled. Returns the job as it was. */
  public Job delete(Caller caller, String id) {
    Job job = get(caller, id);
    jobs.markDeleted(job.id(), clock.millis());
    files.deleteAll(job.id());
    return job;
  }

  /** The file of a finished video's variant. */
  public Path content(Caller caller, String id, String variantName) {
    Variant variant = Variant.parseOrNull(variantName == null ? "video" : variantName);
    if (variant == null) {
      throw ApiError.invalid("variant", "invalid_value", "Invalid 'variant': '" + VideoOptions.shorten(variantName)
          + "'. Supported values are: video, thumbnail, spritesheet.");
    }
    Job job = get(caller, id);
    if (job.status() != JobStatus.COMPLETED) {
      throw ApiError.conflict("video_not_ready", "Video '" + id + "' is " + job.status().wire() + "; its content exists once it is completed.");
    }
    if (job.expiresAt() != null && job.expiresAt() < clock.millis()) throw ApiError.notFound("video content", id);
    Path file = files.file(job.id(), variant);
    if (!Files.isRegularFile(file)) throw ApiError.notFound("video content", id);
    return file;
  }

  private Job admit(Caller caller, Job job) {
    long dayStart = clock.millis() - DAY_MILLIS;
    JobStore.Admission admission =
        jobs.insertWithinQuota(job, caller.quota().maxConcurrent(), caller.quota().maxPerDay(), dayStart);
    if (admission != JobStore.Admission.ADMITTED) files.deleteAll(job.id()); // uploads of a refused job
    switch (admission) {
      case CONCURRENT_LIMIT -> throw ApiError.rateLimited("concurrent_limit_exceeded", "This key already has "
          + caller.quota().maxConcurrent() + " videos queued or in progress; wait for one to finish.");
      case DAILY_LIMIT -> throw ApiError.rateLimited("daily_limit_exceeded", "This key has created "
          + caller.quota().maxPerDay() + " videos in the last 24 hours, its daily limit.");
      default -> { }
    }
    return job;
  }

  private Job completed(Caller caller, String id, String param) {
    Job job = get(caller, id);
    if (job.status() != JobStatus.COMPLETED) {
      throw ApiError.invalid(param, "video_not_ready", "Video '" + id + "' is " + job.status().wire() + "; only completed videos can be used.");
    }
    return job;
  }

  private String checkedPrompt(String text) {
    String prompt = options.prompt(text);
    moderator.blockReason(prompt).ifPresent(reason -> {
      throw ApiError.invalid("prompt", "moderation_blocked", "The prompt was blocked by moderation: " + reason);
    });
    return prompt;
  }

  private InstalledModel model(String id) {
    if (id == null || id.isEmpty()) return models.defaultModel();
    return models.find(id).orElseThrow(() -> ApiError.invalid("model", "invalid_value", "Invalid 'model': '"
        + shorten(id) + "'. Installed models: " + String.join(", ", models.all().stream().map(InstalledModel::id).toList()) + "."));
  }

  private static boolean direction(String text) {
    if (text == null || text.equals("forward")) return false;
    if (text.equals("backward")) return true;
    throw ApiError.invalid("direction", "invalid_value", "'direction' must be 'forward' or 'backward'.");
  }

  private static double strength(String text, double fallback) {
    if (text == null || text.isEmpty()) return fallback;
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!(value > 0 && value <= 1)) throw ApiError.invalid("strength", "invalid_value", "'strength' must be a number in (0, 1].");
    return value;
  }

  private static String shorten(String text) {
    return text == null ? "null" : VideoOptions.shorten(text);
  }
}
