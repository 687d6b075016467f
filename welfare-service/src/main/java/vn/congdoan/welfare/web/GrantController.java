package vn.congdoan.welfare.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.input.MultiLine;
import vn.congdoan.platform.infra.input.Vnd;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.web.CommandSender;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.RecordWelfareGrantCommand;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.api.ReverseWelfareGrantCommand;

@RestController
public class GrantController {

  public record RecipientRequest(
      @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String memberId,
      @NotNull Relation relation) {}

  public record RecordGrantRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String grantId,
      @NotNull GrantKind kind,
      @NotNull LocalDate grantedOn,
      @NotEmpty @Size(max = 5000) List<@Valid @NotNull RecipientRequest> recipients,
      @NotNull @Vnd Long amountVndEach,
      @NotNull Fund fund,
      @MultiLine @Size(max = 1000) String note) {}

  public record GrantRecorded(String grantId) {}

  public record ReversalRequest(@NotBlank @MultiLine @Size(max = 1000) String reason) {}

  public record GrantReversed(String grantId, LocalDate reversedOn) {}

  private final CommandSender commands;
  private final Clock clock;

  public GrantController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @Operation(summary = "Record a welfare grant giving the same amount to each listed recipient")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/welfare/grants")
  @ResponseStatus(HttpStatus.CREATED)
  public GrantRecorded record(
      @PathVariable String branchId, @Valid @RequestBody RecordGrantRequest r) {
    String grantId = CommandSender.idOr(r.grantId());
    commands.send(
        new RecordWelfareGrantCommand(
            new GrantId(grantId),
            new BranchId(branchId),
            r.kind(),
            r.grantedOn(),
            r.recipients().stream()
                .map(x -> new Recipient(new MemberId(x.memberId()), x.relation()))
                .toList(),
            r.amountVndEach(),
            r.fund(),
            r.note()),
        branchId);
    return new GrantRecorded(grantId);
  }

  /** A mistaken grant is never edited or deleted: a reversal, dated today, takes it back. */
  @Operation(summary = "Reverse a welfare grant, dated today")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/welfare/grants/{grantId}/reversal")
  public GrantReversed reverse(
      @PathVariable String branchId,
      @PathVariable String grantId,
      @Valid @RequestBody ReversalRequest r) {
    LocalDate today = LocalDate.now(clock);
    try {
      commands.send(
          new ReverseWelfareGrantCommand(
              new GrantId(grantId), new BranchId(branchId), r.reason(), today),
          branchId);
    } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
      // Unknown, or the id of a campaign (ids share one event store): no grant of this branch.
      throw new NotFoundException(Refusal.of("welfare.grant.not-found", grantId, branchId));
    }
    return new GrantReversed(grantId, today);
  }
}
