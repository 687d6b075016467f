package vn.congdoan.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.problem.Problems;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.BranchRead;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.platform.infra.web.Attachment;
import vn.congdoan.reporting.audit.PointInTime;
import vn.congdoan.reporting.document.DocxRenderer;
import vn.congdoan.reporting.document.PdfRenderer;
import vn.congdoan.reporting.document.ProvinceWorkbook;
import vn.congdoan.reporting.document.ReportDocument;
import vn.congdoan.reporting.document.YearReportQuery;
import vn.congdoan.reporting.document.YearReportWriter;
import vn.congdoan.reporting.query.ProvinceSummaries;
import vn.congdoan.reporting.query.ReportYear;
import vn.congdoan.reporting.query.YearSummaryQuery;

/** The year-end report as a Word or PDF file, and the province roll-up workbook. */
@RestController
public class DocumentController {
  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** The formats offered, the first being what a client that accepts anything gets. */
  enum Format {
    DOCX(DocumentController.DOCX),
    PDF(MediaType.APPLICATION_PDF);

    final MediaType type;

    Format(MediaType type) {
      this.type = type;
    }

    String extension() {
      return name().toLowerCase();
    }
  }

  private final YearReportQuery reports;
  private final YearReportWriter writer;
  private final DocxRenderer docx;
  private final PdfRenderer pdf;
  private final ProvinceSummaries province;
  private final ProvinceWorkbook workbook;
  private final PointInTime pointInTime;
  private final Clock clock;

  public DocumentController(
      YearReportQuery reports,
      YearReportWriter writer,
      DocxRenderer docx,
      PdfRenderer pdf,
      ProvinceSummaries province,
      ProvinceWorkbook workbook,
      PointInTime pointInTime,
      Clock clock) {
    this.reports = reports;
    this.writer = writer;
    this.docx = docx;
    this.pdf = pdf;
    this.province = province;
    this.workbook = workbook;
    this.pointInTime = pointInTime;
    this.clock = clock;
  }

  /** {@code format} wins over {@code Accept}: a browser's download link can set only the first. */
  @Operation(summary = "Download a branch's year-end report as DOCX or PDF (by format or Accept)")
  @BranchRead
  @GetMapping("/api/reports/branches/{branchId}/years/{year}/document")
  public ResponseEntity<?> yearReport(
      @PathVariable String branchId,
      @PathVariable int year,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) Instant asOf,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    // Access first: another branch's officer must not learn whether the branch exists.
    Optional<Format> chosen = format != null ? byName(format) : negotiate(accept);
    if (chosen.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(
              Problems.of(
                  HttpStatus.NOT_ACCEPTABLE,
                  "Not acceptable",
                  Refusal.of("reporting.report.formats", DOCX, MediaType.APPLICATION_PDF)));
    }
    var report =
        asOf == null
            ? reports.forBranch(branchId, year)
            : pointInTime.of(
                branchId,
                asOf,
                "report:" + year,
                store ->
                    new YearReportQuery(new YearSummaryQuery(store, clock), store, clock)
                        .forBranch(branchId, year));
    ReportDocument document = writer.write(report);
    byte[] body = chosen.get() == Format.PDF ? pdf.render(document) : docx.render(document);
    return Attachment.of(
        body,
        chosen.get().type,
        "bao-cao-" + branchId + "-" + year + "." + chosen.get().extension());
  }

  @Operation(summary = "Download the province workbook (XLSX), one row per branch")
  @Allowed(anyBranch = {Role.FEDERATION_STAFF, Role.AUDITOR, Role.ADMIN})
  @GetMapping("/api/reports/province/years/{year}/workbook")
  public ResponseEntity<byte[]> provinceWorkbook(
      @PathVariable int year, @RequestParam(required = false) String parentUnion) {
    var branches = province.of(new ReportYear(year), parentUnion).branches();
    return Attachment.of(workbook.write(year, branches), XLSX, "tong-hop-" + year + ".xlsx");
  }

  static Optional<Format> byName(String format) {
    for (Format f : Format.values()) {
      if (f.extension().equalsIgnoreCase(format.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The client's most preferred type that one of the formats is; none named: the first format. */
  static Optional<Format> negotiate(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(Format.DOCX);
    }
    for (MediaType type : AcceptHeader.preferred(accept)) {
      for (Format f : Format.values()) {
        if (type.includes(f.type)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }
}
