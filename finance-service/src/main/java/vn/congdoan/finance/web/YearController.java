package vn.congdoan.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.finance.command.FinanceYear;
import vn.congdoan.finance.query.FinanceYearQuery;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.security.BranchRead;

/** A branch's books for a year, straight from its ledger. */
@RestController
public class YearController {
  private final FinanceYearQuery query;

  public YearController(FinanceYearQuery query) {
    this.query = query;
  }

  @Operation(summary = "Get the branch's books for a year, read from its ledger")
  @BranchRead
  @GetMapping("/api/branches/{branchId}/finance/years/{year}")
  public FinanceYear year(@PathVariable String branchId, @PathVariable int year) {
    if (year < 1900 || year > 2999) {
      throw new BadRequestException(Refusal.of("finance.year.range", 1900, 2999));
    }
    return query.year(branchId, year);
  }
}
