/**
 * The Zoetrope server: an HTTP API with the shape of OpenAI's Videos API, a durable job queue in a
 * database table, API keys with quotas, and the web studio.
 *
 * <p>Dependencies point inward: {@code api} (HTTP only) → {@code service} (rules: validation,
 * quotas, ownership) → {@code jobs}, {@code keys} (tables) → {@code db}. Workers ({@code jobs})
 * call the one generator interface and hand frames to {@code media.ResultWriter}.
 */
package dev.zoetrope.server;
