package vn.congdoan.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The services' HTTP APIs as a user's client calls them. What a busy or restarting service may
 * answer (no connection, 5xx, a request with the same key still running) is retried; anything else
 * that is not a success stops the load with the request and the answer in the message.
 */
final class Api {
  static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private static final int ATTEMPTS = 6;

  /** What a service answered. */
  record Response(int status, String body, boolean replayed) {
    JsonNode json() {
      try {
        return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
      } catch (IOException e) {
        throw new DemoException("Not JSON: " + body, e);
      }
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The resource, or empty when the service does not know it (404). */
  Optional<JsonNode> get(String url, String token) {
    Response r = send("GET", url, token, null, null, null);
    if (r.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(ok("GET", url, r));
  }

  /**
   * A write under {@code key}. A refusal (422) the service replays from an earlier run was about
   * that run's moment (a member view not caught up yet, say); nothing was recorded then, so the
   * write is tried again under the next generation of the key, which is itself stable over runs.
   */
  JsonNode write(String method, String url, String token, String key, Object body) {
    return write(method, url, token, key, "application/json", json(body));
  }

  JsonNode write(
      String method, String url, String token, String key, String contentType, String body) {
    for (int generation = 1; ; generation++) {
      String k = generation == 1 ? key : key + "#" + generation;
      Response r = send(method, url, token, k, contentType, body);
      if (r.status() == 422 && r.replayed() && generation < 3) {
        continue;
      }
      return ok(method + " " + k, url, r);
    }
  }

  private static JsonNode ok(String what, String url, Response r) {
    if (r.status() < 200 || r.status() >= 300) {
      throw new DemoException(what + " " + url + " answered " + r.status() + ": " + r.body());
    }
    return r.json();
  }

  private Response send(
      String method, String url, String token, String key, String contentType, String body) {
    var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return withRetries(method + " " + url, request.build());
  }

  private Response withRetries(String what, HttpRequest request) {
    long pauseMillis = 250;
    for (int attempt = 1; ; attempt++) {
      Response r = null;
      Exception failure = null;
      try {
        HttpResponse<String> sent =
            client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        r =
            new Response(
                sent.statusCode(),
                sent.body(),
                sent.headers().firstValue("Idempotent-Replay").isPresent());
      } catch (IOException e) {
        failure = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DemoException(what + " interrupted", e);
      }
      if (r != null && !worthRetrying(r)) {
        return r;
      }
      if (attempt == ATTEMPTS) {
        String why = r != null ? "answered " + r.status() + ": " + r.body() : failure.toString();
        throw new DemoException(what + " failed after " + ATTEMPTS + " attempts: " + why, failure);
      }
      sleep(pauseMillis);
      pauseMillis = Math.min(pauseMillis * 2, 5_000);
    }
  }

  // 409 of type request-in-progress: the same key's first attempt is still running (or died
  // mid-way). The type, not the title: titles are in the caller's language.
  private static boolean worthRetrying(Response r) {
    return r.status() >= 500
        || (r.status() == 409 && r.body().contains("/problems/request-in-progress"));
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoException("interrupted", e);
    }
  }
}
