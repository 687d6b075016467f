package vn.congdoan.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.RecordExpenseCommand;
import vn.congdoan.finance.api.RemitShareCommand;
import vn.congdoan.finance.api.Share;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.infra.input.Vnd;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.web.CommandSender;

/** Money leaving the branch: its own spending and the upper union's shares. */
@RestController
public class SpendingController {
  /** {@code authorisedOverrun} records an expense over its approved budget line anyway. */
  public record RecordExpenseRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String expenseId,
      @NotNull ExpenseCategory category,
      @NotNull @Vnd Long amountVnd,
      @NotNull LocalDate spentOn,
      @Size(max = 300) String reference,
      Boolean authorisedOverrun) {}

  public record ExpenseRecorded(String expenseId) {}

  public record RemitShareRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String remittanceId,
      @NotNull Share share,
      @NotNull @Vnd Long amountVnd,
      @NotNull LocalDate remittedOn) {}

  public record ShareRemitted(String remittanceId) {}

  private final CommandSender commands;

  public SpendingController(CommandSender commands) {
    this.commands = commands;
  }

  @Operation(summary = "Record an expense of the branch")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/finance/expenses")
  @ResponseStatus(HttpStatus.CREATED)
  public ExpenseRecorded expense(
      @PathVariable String branchId, @Valid @RequestBody RecordExpenseRequest r) {
    String expenseId = CommandSender.idOr(r.expenseId());
    commands.send(
        new RecordExpenseCommand(
            new BranchId(branchId),
            expenseId,
            r.category(),
            r.amountVnd(),
            r.spentOn(),
            r.reference(),
            Boolean.TRUE.equals(r.authorisedOverrun())),
        branchId);
    return new ExpenseRecorded(expenseId);
  }

  @Operation(summary = "Record a remittance of the upper union's share of dues or union funding")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/finance/remittances")
  @ResponseStatus(HttpStatus.CREATED)
  public ShareRemitted remittance(
      @PathVariable String branchId, @Valid @RequestBody RemitShareRequest r) {
    String remittanceId = CommandSender.idOr(r.remittanceId());
    commands.send(
        new RemitShareCommand(
            new BranchId(branchId), remittanceId, r.share(), r.amountVnd(), r.remittedOn()),
        branchId);
    return new ShareRemitted(remittanceId);
  }
}
