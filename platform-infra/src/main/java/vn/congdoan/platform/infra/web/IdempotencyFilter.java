package vn.congdoan.platform.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.congdoan.platform.infra.security.CurrentUser;

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

  public IdempotencyFilter(IdempotencyStore store, WebSettings settings) {
    this.store = store;
    this.maxBodyBytes = settings.maxBodyBytes();
    this.retryAfter = settings.retryAfter();
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
          HEADER + " must be 1 to 200 characters");
      return;
    }
    String id =
        sha256(
            CurrentUser.nameOr("")
                + " "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + " "
                + key);
    String fingerprint =
        sha256(request.getContentType() + "\n" + new String(body, StandardCharsets.UTF_8));
    Optional<IdempotencyStore.Entry> existing;
    try {
      existing = store.claim(id, fingerprint);
    } catch (RuntimeException e) {
      // Outside the controllers, so ProblemHandler never sees it: answer the same way here.
      if (Outages.of(e).isEmpty()) {
        throw e;
      }
      unavailable(response, e);
      return;
    }
    if (existing.isPresent()) {
      replay(existing.get(), fingerprint, response);
      return;
    }
    var captured = new ContentCachingResponseWrapper(response);
    boolean answered = false;
    try {
      chain.doFilter(cached, captured);
      answered = captured.getStatus() < 500;
      if (answered) {
        store.complete(
            id, captured.getStatus(), captured.getContentType(), captured.getContentAsByteArray());
      }
    } catch (RuntimeException e) {
      // The answer exists but could not be kept: the client still gets it. The claim stays until
      // it is taken over, and a retry meets the ids this request recorded (a 409, nothing twice).
      if (!answered || Outages.of(e).isEmpty()) {
        throw e;
      }
      log.warn("Could not keep the answer to an idempotent request: {}", e.toString());
    } finally {
      if (!answered) {
        releaseQuietly(id);
      }
      captured.copyBodyToResponse();
    }
  }

  private void releaseQuietly(String id) {
    try {
      store.release(id);
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
        what + " did not answer in time; nothing was recorded. Try again shortly.");
  }

  private static void replay(
      IdempotencyStore.Entry entry, String fingerprint, HttpServletResponse response)
      throws IOException {
    if (!entry.fingerprint().equals(fingerprint)) {
      Problems.write(
          response,
          HttpStatus.CONFLICT,
          "Idempotency key reused",
          "This " + HEADER + " was used before with a different request body.");
    } else if (!entry.completed()) {
      Problems.write(
          response,
          HttpStatus.CONFLICT,
          "Request in progress",
          "A request with this " + HEADER + " is still being processed; retry shortly.");
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
        "The body may be at most " + maxBodyBytes + " bytes.");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
