package vn.congdoan.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.finance.api.ApproveBudgetCommand;
import vn.congdoan.finance.api.BudgetLine;
import vn.congdoan.finance.api.EstimateBudgetCommand;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.input.Vnd;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.security.CurrentUser;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.platform.infra.web.CommandSender;

/** A branch's yearly budget estimate (dự toán) and its approval by the upper union. */
@RestController
public class BudgetController {
  public record LineRequest(
      @NotNull ExpenseCategory category, @NotNull @Vnd(zero = true) Long amountVnd) {}

  public record EstimateRequest(@NotEmpty List<@Valid @NotNull LineRequest> lines) {}

  public record BudgetEstimated(String branchId, int year) {}

  /** The contract names no body: without one, or without {@code approvedOn}, it is today. */
  public record ApprovalRequest(LocalDate approvedOn) {}

  public record BudgetApproved(
      String branchId, int year, LocalDate approvedOn, String approvedBy) {}

  private final CommandSender commands;
  private final Clock clock;

  /** {@code clock}: what "today" is, in the unions' time zone. */
  public BudgetController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @Operation(summary = "Set the branch's budget estimate for a year, replacing any earlier one")
  @BranchOfficerWrite
  @PutMapping("/api/branches/{branchId}/finance/budgets/{year}")
  public BudgetEstimated estimate(
      @PathVariable String branchId,
      @PathVariable int year,
      @Valid @RequestBody EstimateRequest r) {
    checkYear(year);
    var seen = EnumSet.noneOf(ExpenseCategory.class);
    for (LineRequest line : r.lines()) {
      if (!seen.add(line.category())) {
        throw new BadRequestException(Refusal.of("finance.budget.line-twice", line.category()));
      }
    }
    var lines = r.lines().stream().map(l -> new BudgetLine(l.category(), l.amountVnd())).toList();
    commands.send(new EstimateBudgetCommand(new BranchId(branchId), year, lines), branchId);
    return new BudgetEstimated(branchId, year);
  }

  /** The upper union approves: federation staff, or an administrator. */
  @Operation(summary = "Approve the branch's budget estimate for a year")
  @Allowed(anyBranch = {Role.FEDERATION_STAFF, Role.ADMIN})
  @PostMapping("/api/branches/{branchId}/finance/budgets/{year}/approval")
  public BudgetApproved approve(
      @PathVariable String branchId,
      @PathVariable int year,
      @Valid @RequestBody(required = false) ApprovalRequest r) {
    checkYear(year);
    String by = CurrentUser.nameOr("system");
    LocalDate on = r == null || r.approvedOn() == null ? LocalDate.now(clock) : r.approvedOn();
    commands.send(new ApproveBudgetCommand(new BranchId(branchId), year, on, by), branchId);
    return new BudgetApproved(branchId, year, on, by);
  }

  private static void checkYear(int year) {
    if (year < 1900 || year > 2999) {
      throw new BadRequestException(Refusal.of("finance.year.range", 1900, 2999));
    }
  }
}
