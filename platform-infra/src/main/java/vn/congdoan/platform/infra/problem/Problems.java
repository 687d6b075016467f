package vn.congdoan.platform.infra.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import vn.congdoan.platform.api.Refusal;

/** Problem details (RFC 9457) the same way everywhere, also where no controller is involved. */
public final class Problems {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  public static ProblemDetail of(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    // the type names the problem for programs, in English for good; the title is for people
    String slug = slug(title);
    problem.setTitle(ProblemLanguage.title(title, slug));
    problem.setType(URI.create("https://congdoan.vn/problems/" + slug));
    return problem;
  }

  /** A problem whose detail is told in the current request's language. */
  public static ProblemDetail of(HttpStatus status, String title, Refusal detail) {
    return of(status, title, ProblemLanguage.detail(detail));
  }

  /** Writes a problem straight to a servlet response (filters, security entry points). */
  public static void write(
      HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    ProblemDetail problem = of(status, title, detail);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getOutputStream(), body);
  }

  /** As {@link #write(HttpServletResponse, HttpStatus, String, String)}, told in its language. */
  public static void write(
      HttpServletResponse response, HttpStatus status, String title, Refusal detail)
      throws IOException {
    write(response, status, title, ProblemLanguage.detail(detail));
  }

  private static String slug(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /**
   * What is said of a request the servlet container refused before any handler saw it: never the
   * request's own words.
   */
  public static String beforeHandling(HttpStatus status) {
    return ProblemLanguage.detail(
        status.is4xxClientError()
            ? Refusal.of("platform.unreadable-address")
            : Refusal.of("platform.not-completed"));
  }
}
