package vn.congdoan.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import vn.congdoan.finance.api.RecordIncomeCommand;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.infra.input.Vnd;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.web.CommandSender;

@RestController
public class IncomeController {
  public record RecordIncomeRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String incomeId,
      @NotBlank @Size(max = 300) String source,
      @NotNull @Vnd Long amountVnd,
      @NotNull LocalDate receivedOn) {}

  public record IncomeRecorded(String incomeId) {}

  private final CommandSender commands;

  public IncomeController(CommandSender commands) {
    this.commands = commands;
  }

  @Operation(summary = "Record other income received by the branch")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/finance/income")
  @ResponseStatus(HttpStatus.CREATED)
  public IncomeRecorded record(
      @PathVariable String branchId, @Valid @RequestBody RecordIncomeRequest r) {
    String incomeId = CommandSender.idOr(r.incomeId());
    commands.send(
        new RecordIncomeCommand(
            new BranchId(branchId), incomeId, r.source(), r.amountVnd(), r.receivedOn()),
        branchId);
    return new IncomeRecorded(incomeId);
  }
}
