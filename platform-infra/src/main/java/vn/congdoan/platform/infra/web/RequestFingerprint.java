package vn.congdoan.platform.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.http.MediaType;
import vn.congdoan.platform.infra.security.CurrentUser;

/** The two hashes an idempotency key is kept under: whose key it is, and what it was sent with. */
final class RequestFingerprint {
  private RequestFingerprint() {}

  /** A key is the caller's own, for one method and path. */
  static String keyId(HttpServletRequest request, String key) {
    return sha256(
        CurrentUser.nameOr("")
            + " "
            + request.getMethod()
            + " "
            + request.getRequestURI()
            + " "
            + key);
  }

  /**
   * What the request asks for, as far as the key is concerned: the media type without its
   * parameters, the query, and the body as text in the charset it was sent in. So {@code
   * application/json} and {@code application/json;charset=UTF-8} with the same bytes are the same
   * request; other headers are not part of it.
   */
  static String of(HttpServletRequest request, byte[] body) {
    String type = "";
    Charset charset = StandardCharsets.UTF_8;
    String contentType = request.getContentType();
    if (contentType != null) {
      try {
        MediaType media = MediaType.parseMediaType(contentType);
        type = media.getType() + "/" + media.getSubtype();
        charset = media.getCharset() == null ? charset : media.getCharset();
      } catch (IllegalArgumentException e) {
        // Unparseable or an unknown charset: compare it as sent.
        type = contentType.trim().toLowerCase(Locale.ROOT);
      }
    }
    String query = request.getQueryString() == null ? "" : request.getQueryString();
    return sha256(type + "\n" + query + "\n" + new String(body, charset));
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
