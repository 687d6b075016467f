package vn.congdoan.finance.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.finance.command.FinanceYear;
import vn.congdoan.finance.query.FinanceYearQuery;
import vn.congdoan.platform.infra.security.BranchAccess;

/** A branch's books for a year, straight from its ledger. */
@RestController
public class YearController {
  private final FinanceYearQuery query;
  private final BranchAccess access;

  public YearController(FinanceYearQuery query, BranchAccess access) {
    this.query = query;
    this.access = access;
  }

  @GetMapping("/api/branches/{branchId}/finance/years/{year}")
  public FinanceYear year(@PathVariable String branchId, @PathVariable int year) {
    access.requireRead(branchId);
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("year must be between 1900 and 2999");
    }
    return query.year(branchId, year);
  }
}
