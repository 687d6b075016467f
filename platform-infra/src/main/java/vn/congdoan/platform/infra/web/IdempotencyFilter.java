package vn.congdoan.platform.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
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

  private final IdempotencyStore store;
  private final int maxBodyBytes;

  public IdempotencyFilter(IdempotencyStore store, int maxBodyBytes) {
    this.store = store;
    this.maxBodyBytes = maxBodyBytes;
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
    var existing = store.claim(id, fingerprint);
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
    } finally {
      if (!answered) {
        store.release(id);
      }
      captured.copyBodyToResponse();
    }
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
