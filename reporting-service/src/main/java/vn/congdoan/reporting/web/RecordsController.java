package vn.congdoan.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.security.BranchRead;
import vn.congdoan.reporting.query.RecordList;
import vn.congdoan.reporting.query.ReportYear;

/** The lists behind a branch's records screen. */
@RestController
public class RecordsController {
  private final RecordList records;

  public RecordsController(RecordList records) {
    this.records = records;
  }

  @Operation(
      summary =
          "List what a branch recorded of a year: activities, awards, achievements, complaints,"
              + " inspections, ratings and the report's narrative")
  @BranchRead
  @GetMapping("/api/reports/branches/{branchId}/years/{year}/records")
  public RecordList.Records records(@PathVariable String branchId, @PathVariable int year) {
    return records.of(branchId, new ReportYear(year));
  }
}
