package dev.zoetrope.server.api;

import dev.zoetrope.server.ApiError;
import dev.zoetrope.server.keys.ApiKey;
import dev.zoetrope.server.keys.ApiKeyStore;
import dev.zoetrope.server.service.Caller;
import io.javalin.http.Context;

/** Bearer API keys → the caller; with authentication off, every request is the local user. */
public final class Authenticator {
  private static final String CALLER = "zoetrope.caller";

  private final ApiKeyStore keys;
  private final boolean required;

  private Authenticator(ApiKeyStore keys, boolean required) {
    this.keys = keys;
    this.required = required;
  }

  public static Authenticator withKeys(ApiKeyStore keys) {
    return new Authenticator(keys, true);
  }

  /** Local development only: the server then listens on loopback (see ServerConfig). */
  public static Authenticator disabled() {
    return new Authenticator(null, false);
  }

  public boolean required() {
    return required;
  }

  void authenticate(Context ctx) {
    if (!required) {
      ctx.attribute(CALLER, Caller.local());
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiError.unauthorized("You didn't provide an API key. Send it as 'Authorization: Bearer <key>'; "
          + "create one with `zoetrope keys create`.");
    }
    ApiKey key = keys.authenticate(header.substring(7).trim())
        .orElseThrow(() -> ApiError.unauthorized("Incorrect or revoked API key provided."));
    ctx.attribute(CALLER, new Caller(key.owner(), key.id(), key.quota()));
  }

  static Caller caller(Context ctx) {
    Caller caller = ctx.attribute(CALLER);
    if (caller == null) throw new IllegalStateException("no caller: the authentication filter did not run");
    return caller;
  }
}
