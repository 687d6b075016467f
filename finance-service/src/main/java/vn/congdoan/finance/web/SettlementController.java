package vn.congdoan.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.finance.api.SettleYearCommand;
import vn.congdoan.finance.api.YearSettledEvent;
import vn.congdoan.finance.command.Branches;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.web.CommandSender;

/** The year-end settlement (quyết toán): the year is frozen and its balance carried forward. */
@RestController
public class SettlementController {
  /** {@code settledOn} defaults to today. */
  public record SettleYearRequest(LocalDate settledOn) {}

  public record YearSettled(
      int year,
      long openingBalanceVnd,
      long incomeVnd,
      long expenseVnd,
      long remittedVnd,
      long closingBalanceVnd,
      LocalDate settledOn) {}

  private final CommandSender commands;
  private final Branches branches;
  private final Clock clock;

  public SettlementController(CommandSender commands, Branches branches, Clock clock) {
    this.commands = commands;
    this.branches = branches;
    this.clock = clock;
  }

  @Operation(summary = "Settle the branch's year and carry its closing balance forward")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/finance/years/{year}/settlement")
  public YearSettled settle(
      @PathVariable String branchId,
      @PathVariable int year,
      @Valid @RequestBody(required = false) SettleYearRequest r) {
    if (year < 1900 || year > 2999) {
      throw new BadRequestException(Refusal.of("finance.year.range", 1900, 2999));
    }
    // 404 for a branch membership does not know, rather than books opened for it.
    branches.sector(branchId);
    LocalDate settledOn = r == null || r.settledOn() == null ? LocalDate.now(clock) : r.settledOn();
    YearSettledEvent e =
        commands.send(new SettleYearCommand(new BranchId(branchId), year, settledOn), branchId);
    return new YearSettled(
        e.year(),
        e.openingBalanceVnd(),
        e.incomeVnd(),
        e.expenseVnd(),
        e.remittedVnd(),
        e.closingBalanceVnd(),
        e.settledOn());
  }
}
