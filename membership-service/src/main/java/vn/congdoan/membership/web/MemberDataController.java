package vn.congdoan.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.membership.api.CorrectMemberDataCommand;
import vn.congdoan.membership.api.EraseMemberCommand;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.input.MultiLine;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.security.BranchOfficerOrStaffWrite;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.platform.infra.web.CommandSender;

/**
 * A member's own data: erased on request, corrected when wrong. Asked for by the branch the member
 * belongs to now, or by federation staff for any branch that holds them (a dissolved one too).
 */
@RestController
public class MemberDataController {
  /** Each field as at admission ({@code MemberController.AdmitMemberRequest}); null: unchanged. */
  public record CorrectionRequest(
      @Size(max = 200)
          @Pattern(
              regexp = "(?s).*\\S.*",
              message = "{jakarta.validation.constraints.NotBlank.message}")
          String fullName,
      @Past LocalDate dateOfBirth,
      Gender gender,
      @Pattern(regexp = "[+0-9 .()-]{6,20}", message = "{vn.congdoan.validation.phone}")
          String phone,
      @Email @Size(max = 200) String email,
      @NotBlank @MultiLine @Size(max = 1000) String reason) {}

  public record MemberErased(String memberId, boolean erased) {}

  public record MemberDataCorrected(String memberId) {}

  private final CommandSender commands;
  private final BranchAccess access;

  public MemberDataController(CommandSender commands, BranchAccess access) {
    this.commands = commands;
    this.access = access;
  }

  @Operation(
      summary =
          "Erase the member's personal data (crypto-shredding) in every branch that holds them;"
              + " the history remains. By the branch the member belongs to now, or federation"
              + " staff")
  @BranchOfficerOrStaffWrite
  @PostMapping("/api/branches/{branchId}/members/{memberId}/erasure")
  public MemberErased erase(@PathVariable String branchId, @PathVariable String memberId) {
    boolean byFederation = asFederation();
    commands.send(
        new EraseMemberCommand(new BranchId(branchId), new MemberId(memberId), byFederation),
        branchId);
    return new MemberErased(memberId, true);
  }

  @Operation(
      summary =
          "Correct the member's own data (any of fullName, dateOfBirth, gender, phone, email, with"
              + " a reason) in every branch that holds them. By the branch the member belongs to"
              + " now, or federation staff")
  @BranchOfficerOrStaffWrite
  @PostMapping("/api/branches/{branchId}/members/{memberId}/correction")
  public MemberDataCorrected correct(
      @PathVariable String branchId,
      @PathVariable String memberId,
      @Valid @RequestBody CorrectionRequest r) {
    boolean byFederation = asFederation();
    if (Stream.of(r.fullName(), r.dateOfBirth(), r.gender(), r.phone(), r.email())
        .allMatch(f -> f == null)) {
      throw new BadRequestException(Refusal.of("membership.correction.nothing"));
    }
    commands.send(
        new CorrectMemberDataCommand(
            new BranchId(branchId),
            new MemberId(memberId),
            r.fullName(),
            r.dateOfBirth(),
            r.gender(),
            r.phone(),
            r.email(),
            r.reason(),
            byFederation),
        branchId);
    return new MemberDataCorrected(memberId);
  }

  /**
   * Whether the caller asks as the federation: staff and administrators may ask at any branch that
   * holds the member (their @Allowed), a branch's officers only at their own.
   */
  private boolean asFederation() {
    return access.hasAnyRole(Role.FEDERATION_STAFF, Role.ADMIN);
  }
}
