package vn.congdoan.welfare.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.platform.infra.input.MultiLine;
import vn.congdoan.platform.infra.input.Vnd;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.web.CommandSender;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.RecordWelfareGrantCommand;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.web.OccasionRecipients.Occasion;

/** Occasion gifts to everyone they are for, without the officer listing each member. */
@RestController
public class OccasionController {
  public record OccasionRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String grantId,
      @NotNull Occasion kind,
      @NotNull LocalDate grantedOn,
      @Min(1) @Max(12) Integer month,
      @NotNull @Vnd Long amountVndEach,
      @NotNull Fund fund,
      @MultiLine @Size(max = 1000) String note) {}

  public record OccasionGranted(
      String grantId, GrantKind kind, List<String> recipients, int count, long amountVnd) {}

  private final CommandSender commands;
  private final OccasionRecipients recipients;

  public OccasionController(CommandSender commands, OccasionRecipients recipients) {
    this.commands = commands;
    this.recipients = recipients;
  }

  @Operation(summary = "One grant to every woman member (8/3, 20/10) or every member born in month")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/welfare/occasions")
  @ResponseStatus(HttpStatus.CREATED)
  public OccasionGranted give(
      @PathVariable String branchId,
      @Valid @RequestBody OccasionRequest r,
      @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
    if ((r.kind() == Occasion.BIRTHDAY) != (r.month() != null)) {
      throw new BadRequestException(Refusal.of("welfare.occasion.month"));
    }
    List<String> ids =
        recipients.choose(branchId, r.kind(), r.grantedOn(), r.month(), authorization);
    if (ids.isEmpty()) {
      throw new RuleViolationException(
          Refusal.of("welfare.occasion.nobody", branchId, r.kind(), r.grantedOn()));
    }
    String grantId = CommandSender.idOr(r.grantId());
    GrantKind kind = GrantKind.valueOf(r.kind().name());
    commands.send(
        new RecordWelfareGrantCommand(
            new GrantId(grantId),
            new BranchId(branchId),
            kind,
            r.grantedOn(),
            ids.stream().map(id -> new Recipient(new MemberId(id), Relation.SELF)).toList(),
            r.amountVndEach(),
            r.fund(),
            r.note()),
        branchId);
    return new OccasionGranted(grantId, kind, ids, ids.size(), ids.size() * r.amountVndEach());
  }
}
