package vn.congdoan.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.finance.api.DuesPayment;
import vn.congdoan.finance.api.DuesPaymentRequest;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.DuesWaiver;
import vn.congdoan.finance.api.RecordDuesCommand;
import vn.congdoan.finance.api.RecordUnionFundingCommand;
import vn.congdoan.finance.api.UnionFundingRecordedEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.infra.input.Vnd;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.web.CommandSender;

/** Monthly revenue: members' dues and the employer's union funding. */
@RestController
public class DuesController {
  public record Payment(
      @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String memberId,
      @NotNull @Vnd(zero = true) Long salaryVnd,
      @Vnd Long amountVnd,
      DuesWaiver waiver) {
    /** A waived month owes nothing, so it cannot also name an amount. */
    @AssertTrue(message = "{vn.congdoan.validation.waived-with-amount}")
    public boolean isAmountOrWaiver() {
      return waiver == null || amountVnd == null;
    }
  }

  public record RecordDuesRequest(
      @NotNull @Pattern(regexp = Limits.PERIOD, message = Limits.PERIOD_MESSAGE) String period,
      @NotEmpty @Size(max = 5000) List<@NotNull @Valid Payment> payments) {}

  public record RecordUnionFundingRequest(
      @NotNull @Pattern(regexp = Limits.PERIOD, message = Limits.PERIOD_MESSAGE) String period,
      @NotNull @Vnd Long payrollVnd,
      @Vnd Long amountVnd) {}

  /** What was recorded: each payment's standard amount and the rule it came from. */
  public record DuesRecorded(String period, String ruleId, List<DuesPayment> payments) {}

  public record UnionFundingRecorded(
      String period, long payrollVnd, long standardVnd, long amountVnd, String ruleId) {}

  private final CommandSender commands;
  private final Clock clock;

  public DuesController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @Operation(summary = "Record members' dues for a month")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/finance/dues")
  @ResponseStatus(HttpStatus.CREATED)
  public DuesRecorded dues(@PathVariable String branchId, @Valid @RequestBody RecordDuesRequest r) {
    var payments =
        r.payments().stream()
            .map(
                p ->
                    new DuesPaymentRequest(
                        new MemberId(p.memberId()), p.salaryVnd(), p.amountVnd(), p.waiver()))
            .toList();
    DuesRecordedEvent done =
        commands.send(
            new RecordDuesCommand(
                new BranchId(branchId), Limits.period(r.period()), payments, LocalDate.now(clock)),
            branchId);
    return new DuesRecorded(done.period().toString(), done.ruleId(), done.payments());
  }

  @Operation(summary = "Record the employer's union funding for a month")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/finance/union-funding")
  @ResponseStatus(HttpStatus.CREATED)
  public UnionFundingRecorded unionFunding(
      @PathVariable String branchId, @Valid @RequestBody RecordUnionFundingRequest r) {
    UnionFundingRecordedEvent done =
        commands.send(
            new RecordUnionFundingCommand(
                new BranchId(branchId), Limits.period(r.period()), r.payrollVnd(), r.amountVnd()),
            branchId);
    return new UnionFundingRecorded(
        done.period().toString(),
        done.payrollVnd(),
        done.standardVnd(),
        done.amountVnd(),
        done.ruleId());
  }
}
