package vn.congdoan.platform.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.concurrent.DaemonThreads;
import vn.congdoan.platform.infra.problem.Problems;

/**
 * For every write under {@code /api}: refuses bodies over the limit before anything reads them, and
 * honours {@code Idempotency-Key} — the same key with the same body replays the first response,
 * with another body it is a 409.
 */
public class IdempotencyFilter extends OncePerRequestFilter {
  public static final String HEADER = "Idempotency-Key";
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

  private final IdempotencyStore store;
  private final int maxBodyBytes;
  private final Duration retryAfter;
  private final ScheduledExecutorService heartbeats =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("idempotency-leases"));

  public IdempotencyFilter(IdempotencyStore store, WebSettings settings) {
    this.store = store;
    this.maxBodyBytes = settings.maxBodyBytes();
    this.retryAfter = settings.retryAfter();
  }

  @Override
  public void destroy() {
    heartbeats.shutdownNow();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !WRITES.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBodyBytes) {
      tooLarge(response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
    if (body.length > maxBodyBytes) {
      tooLarge(response);
      return;
    }
    var cached = new CachedBodyRequest(request, body);
    String key = request.getHeader(HEADER);
    if (key == null) {
      chain.doFilter(cached, response);
      return;
    }
    if (key.isBlank() || key.length() > 200) {
      Problems.write(
          response,
          HttpStatus.BAD_REQUEST,
          "Invalid request",
          Refusal.of("platform.idempotency.key-length", HEADER));
      return;
    }
    String id = RequestFingerprint.keyId(request, key);
    String fingerprint = RequestFingerprint.of(request, body);
    IdempotencyStore.Claim claim;
    try {
      claim = store.claim(id, fingerprint);
    } catch (RuntimeException e) {
      // Outside the controllers, so ProblemHandler never sees it: answer the same way here.
      if (Outages.of(e).isEmpty()) {
        throw e;
      }
      unavailable(response, e);
      return;
    }
    if (!claim.claimed()) {
      replay(claim.existing(), fingerprint, response);
      return;
    }
    String token = claim.token();
    var captured = new ContentCachingResponseWrapper(response);
    boolean kept = false;
    // The lease is renewed while this thread works on the request, and only then.
    long every = Math.max(10, store.lease().toMillis() / 3);
    ScheduledFuture<?> heartbeat =
        heartbeats.scheduleAtFixedRate(
            () -> renewQuietly(id, token), every, every, TimeUnit.MILLISECONDS);
    try {
      chain.doFilter(cached, captured);
      kept = isFinal(captured) && keep(id, token, captured);
    } finally {
      heartbeat.cancel(false);
      if (!kept) {
        releaseQuietly(id, token);
      }
      captured.copyBodyToResponse();
    }
  }

  /**
   * Only a final answer is kept: not a failure of ours (5xx), not "too many requests", nor any
   * answer that tells the client to come back ({@code Retry-After}: a conflict with a concurrent
   * change, a request still in progress). A retry of those must run again.
   */
  private static boolean isFinal(HttpServletResponse response) {
    int status = response.getStatus();
    return status < 500
        && status != HttpStatus.TOO_MANY_REQUESTS.value()
        && response.getHeader(HttpHeaders.RETRY_AFTER) == null;
  }

  private boolean keep(String id, String token, ContentCachingResponseWrapper captured) {
    try {
      store.complete(
          id,
          token,
          captured.getStatus(),
          captured.getContentType(),
          captured.getContentAsByteArray());
      return true;
    } catch (RuntimeException e) {
      // The answer exists but could not be kept: the client still gets it, and a retry meets the
      // ids this request recorded (a 409), so nothing is recorded twice.
      if (Outages.of(e).isEmpty()) {
        throw e;
      }
      log.warn("Could not keep the answer to an idempotent request: {}", e.toString());
      return false;
    }
  }

  private void renewQuietly(String id, String token) {
    try {
      store.renew(id, token);
    } catch (RuntimeException e) {
      log.warn("Could not renew an idempotency lease: {}", e.toString());
    }
  }

  private void releaseQuietly(String id, String token) {
    try {
      store.release(id, token);
    } catch (RuntimeException e) {
      log.warn("Could not release an idempotency key: {}", e.toString());
    }
  }

  private void unavailable(HttpServletResponse response, RuntimeException e) throws IOException {
    String what = Outages.of(e).orElseThrow();
    log.warn("{} did not answer: {}", what, e.toString());
    response.setHeader(HttpHeaders.RETRY_AFTER, WebSettings.seconds(retryAfter));
    Problems.write(
        response,
        HttpStatus.SERVICE_UNAVAILABLE,
        "Service unavailable",
        Refusal.of("platform.unavailable.before-recording", Outages.named(what)));
  }

  private static void replay(
      IdempotencyStore.Entry entry, String fingerprint, HttpServletResponse response)
      throws IOException {
    if (!entry.fingerprint().equals(fingerprint)) {
      Problems.write(
          response,
          HttpStatus.CONFLICT,
          "Idempotency key reused",
          Refusal.of("platform.idempotency.reused", HEADER));
    } else if (!entry.completed()) {
      response.setHeader(HttpHeaders.RETRY_AFTER, "1");
      Problems.write(
          response,
          HttpStatus.CONFLICT,
          "Request in progress",
          Refusal.of("platform.idempotency.in-progress", HEADER));
    } else {
      response.setStatus(entry.status());
      if (entry.contentType() != null) {
        response.setContentType(entry.contentType());
      }
      response.setHeader("Idempotent-Replay", "true");
      response.getOutputStream().write(entry.body());
    }
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    Problems.write(
        response,
        HttpStatus.PAYLOAD_TOO_LARGE,
        "Request too large",
        Refusal.of("platform.body.too-large", maxBodyBytes));
  }
}
