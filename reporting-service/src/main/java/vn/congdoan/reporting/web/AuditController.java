package vn.congdoan.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.problem.Problems;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.platform.infra.web.Attachment;
import vn.congdoan.platform.infra.web.Outages;
import vn.congdoan.reporting.audit.AuditExport;
import vn.congdoan.reporting.audit.AuditExportSettings;
import vn.congdoan.reporting.audit.AuditFilter;
import vn.congdoan.reporting.audit.AuditPage;
import vn.congdoan.reporting.audit.AuditQuery;

/**
 * The history of every event of every service, for auditors: a JSON page at a time, or all of it as
 * NDJSON or CSV ({@code Accept} or {@code ?format=}), streamed from the database.
 */
@RestController
public class AuditController {
  static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final AuditQuery query;
  private final AuditExport export;
  private final AuditExportSettings settings;

  public AuditController(AuditQuery query, AuditExport export, AuditExportSettings settings) {
    this.query = query;
    this.export = export;
    this.settings = settings;
  }

  @Operation(
      summary =
          "Read the audit trail a page at a time (JSON), or export all of it as NDJSON or CSV")
  @Allowed(anyBranch = {Role.AUDITOR, Role.ADMIN})
  @GetMapping("/api/audit/events")
  public ResponseEntity<StreamingResponseBody> events(
      @RequestParam(required = false) String service,
      @RequestParam(required = false) String branchId,
      @RequestParam(required = false) String aggregateId,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String order,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletRequest request) {
    var filter = AuditFilter.of(service, branchId, aggregateId, type, from, to, order);
    String chosen = format != null ? format.strip().toLowerCase() : negotiate(accept);
    return switch (chosen) {
      case "json" -> json(query.page(filter, cursor, limit));
      case "ndjson" ->
          Attachment.of(
              whole(request, out -> export.ndjson(query.stream(filter, cursor), out)),
              NDJSON,
              "audit-events.ndjson");
      case "csv" ->
          Attachment.of(
              whole(request, out -> export.csv(query.stream(filter, cursor), out)),
              CSV,
              "audit-events.csv");
      default -> throw new BadRequestException(Refusal.of("reporting.audit.format"));
    };
  }

  private StreamingResponseBody whole(HttpServletRequest request, StreamingResponseBody body) {
    return WholeExport.of(request, settings.timeout(), body);
  }

  /**
   * A download that failed. Once bytes are out, no status can tell it: rethrown, it reaches the
   * servlet container, which breaks the connection off so the client sees the transfer fail. Before
   * that, it is an ordinary problem.
   */
  @ExceptionHandler(WholeExport.Interrupted.class)
  ResponseEntity<ProblemDetail> interrupted(
      WholeExport.Interrupted e, HttpServletResponse response) {
    if (response.isCommitted()) {
      throw e;
    }
    response.reset();
    if (Outages.of(e).isPresent()) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, "5")
          .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", e.getMessage()));
    }
    return ResponseEntity.internalServerError()
        .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", e.getMessage()));
  }

  /** JSON unless the client prefers one of the export types. */
  static String negotiate(String accept) {
    if (accept == null || accept.isBlank()) {
      return "json";
    }
    for (MediaType type : AcceptHeader.preferred(accept)) {
      if (type.isWildcardType() || type.includes(MediaType.APPLICATION_JSON)) {
        return "json";
      }
      if (type.includes(NDJSON)) {
        return "ndjson";
      }
      if (type.includes(CSV)) {
        return "csv";
      }
    }
    return "json";
  }

  /**
   * Written by the export's mapper: Spring picks a return value handler by the declared type, so
   * the page and the downloads share one.
   */
  private ResponseEntity<StreamingResponseBody> json(AuditPage page) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(out -> export.json(page, out));
  }
}
