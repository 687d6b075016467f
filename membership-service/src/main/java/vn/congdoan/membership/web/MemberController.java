package vn.congdoan.membership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.membership.api.AdmitMemberCommand;
import vn.congdoan.membership.api.BranchId;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.MemberId;
import vn.congdoan.membership.api.RecordDepartureCommand;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.web.CommandSender;

@RestController
public class MemberController {
  public record AdmitMemberRequest(
      @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String memberId,
      @NotBlank @Size(max = 200) String fullName,
      @NotNull Gender gender,
      @NotNull @Past LocalDate dateOfBirth,
      @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String groupId,
      @NotNull LocalDate joinedOn,
      @Size(max = 200) String position) {}

  public record MemberAdmitted(String memberId) {}

  public record DepartureRequest(@NotNull DepartureReason reason, @NotNull LocalDate effectiveOn) {}

  public record MemberDeparted(String memberId) {}

  private final CommandSender commands;
  private final BranchAccess access;

  public MemberController(CommandSender commands, BranchAccess access) {
    this.commands = commands;
    this.access = access;
  }

  @PostMapping("/api/branches/{branchId}/members")
  @ResponseStatus(HttpStatus.CREATED)
  public MemberAdmitted admit(
      @PathVariable String branchId, @Valid @RequestBody AdmitMemberRequest r) {
    access.requireWrite(branchId);
    String memberId = r.memberId() == null ? CommandSender.newId() : r.memberId();
    commands.send(
        new AdmitMemberCommand(
            new MemberId(memberId),
            new BranchId(branchId),
            r.groupId(),
            r.fullName(),
            r.gender(),
            r.dateOfBirth(),
            r.joinedOn(),
            r.position()),
        branchId);
    return new MemberAdmitted(memberId);
  }

  @PostMapping("/api/branches/{branchId}/members/{memberId}/departure")
  public MemberDeparted depart(
      @PathVariable String branchId,
      @PathVariable String memberId,
      @Valid @RequestBody DepartureRequest r) {
    access.requireWrite(branchId);
    commands.send(
        new RecordDepartureCommand(
            new MemberId(memberId), new BranchId(branchId), r.reason(), r.effectiveOn()),
        branchId);
    return new MemberDeparted(memberId);
  }
}
