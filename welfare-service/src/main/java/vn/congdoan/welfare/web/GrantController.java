package vn.congdoan.welfare.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.web.CommandSender;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.RecordWelfareGrantCommand;
import vn.congdoan.welfare.api.Relation;

@RestController
public class GrantController {
  public record RecipientRequest(
      @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String memberId,
      @NotNull Relation relation) {}

  public record RecordGrantRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String grantId,
      @NotNull GrantKind kind,
      @NotNull LocalDate grantedOn,
      @NotEmpty List<@Valid @NotNull RecipientRequest> recipients,
      @NotNull @Positive Long amountVndEach,
      @NotNull Fund fund,
      @Size(max = 1000) String note) {}

  public record GrantRecorded(String grantId) {}

  private final CommandSender commands;
  private final BranchAccess access;

  public GrantController(CommandSender commands, BranchAccess access) {
    this.commands = commands;
    this.access = access;
  }

  @PostMapping("/api/branches/{branchId}/welfare/grants")
  @ResponseStatus(HttpStatus.CREATED)
  public GrantRecorded record(
      @PathVariable String branchId, @Valid @RequestBody RecordGrantRequest r) {
    access.requireWrite(branchId);
    // Recipients are not yet checked against the membership view; that comes in a later issue.
    String grantId = r.grantId() == null ? CommandSender.newId() : r.grantId();
    commands.send(
        new RecordWelfareGrantCommand(
            grantId,
            branchId,
            r.kind(),
            r.grantedOn(),
            r.recipients().stream().map(x -> new Recipient(x.memberId(), x.relation())).toList(),
            r.amountVndEach(),
            r.fund(),
            r.note()),
        branchId);
    return new GrantRecorded(grantId);
  }
}
