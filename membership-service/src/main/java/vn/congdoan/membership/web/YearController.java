package vn.congdoan.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.GroupRating;
import vn.congdoan.membership.api.MemberRating;
import vn.congdoan.membership.api.RecordNarrativeCommand;
import vn.congdoan.membership.api.RecordRatingsCommand;
import vn.congdoan.membership.api.Signatory;
import vn.congdoan.membership.config.RatingScales;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.input.MultiLine;
import vn.congdoan.platform.infra.security.BranchOfficerWrite;
import vn.congdoan.platform.infra.web.CommandSender;

/** What a branch records once a year: ratings, and the narrative of its year-end report. */
@RestController
public class YearController {
  public record GroupRatingRequest(
      @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String groupId,
      @NotBlank String rating) {}

  public record MemberRatingRequest(
      @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String memberId,
      @NotBlank String rating) {}

  public record RatingsRequest(
      @NotNull @Min(1900) @Max(2200) Integer year,
      String branchRating,
      @Size(max = 1000) List<@Valid @NotNull GroupRatingRequest> groupRatings,
      @Size(max = 100_000) List<@Valid @NotNull MemberRatingRequest> memberRatings) {}

  public record RatingsRecorded(String branchId, int year, int rated) {}

  public record SignatoryRequest(
      // "TM. BAN CHẤP HÀNH" above "CHỦ TỊCH": a signature block's title is often two lines.
      @NotBlank @MultiLine @Size(max = 200) String title, @NotBlank @Size(max = 200) String name) {}

  public record NarrativeRequest(
      @NotNull @MultiLine @Size(max = 20_000) String shortcomings,
      @NotNull @MultiLine @Size(max = 20_000) String causes,
      @NotNull @MultiLine @Size(max = 20_000) String priorities,
      @NotNull @Size(max = 50) List<@NotBlank @Size(max = 300) String> recipients,
      @NotNull @Valid SignatoryRequest signatory) {}

  public record NarrativeRecorded(String branchId, int year) {}

  private final CommandSender commands;
  private final RatingScales scales;

  public YearController(CommandSender commands, RatingScales scales) {
    this.commands = commands;
    this.scales = scales;
  }

  @Operation(summary = "Record the year's ratings of the branch, its groups and its members")
  @BranchOfficerWrite
  @PostMapping("/api/branches/{branchId}/ratings")
  @ResponseStatus(HttpStatus.CREATED)
  public RatingsRecorded ratings(
      @PathVariable String branchId, @Valid @RequestBody RatingsRequest r) {
    List<GroupRatingRequest> groups = r.groupRatings() == null ? List.of() : r.groupRatings();
    List<MemberRatingRequest> members = r.memberRatings() == null ? List.of() : r.memberRatings();
    scales.check(scales.collective(), "branchRating", r.branchRating());
    groups.forEach(g -> scales.check(scales.collective(), "groupRatings", g.rating()));
    members.forEach(m -> scales.check(scales.member(), "memberRatings", m.rating()));
    int rated = (r.branchRating() == null ? 0 : 1) + groups.size() + members.size();
    if (rated == 0) {
      throw new BadRequestException(Refusal.of("membership.ratings.nothing"));
    }
    commands.send(
        new RecordRatingsCommand(
            new BranchId(branchId),
            r.year(),
            r.branchRating(),
            groups.stream()
                .map(g -> new GroupRating(new GroupId(g.groupId()), g.rating()))
                .toList(),
            members.stream()
                .map(m -> new MemberRating(new MemberId(m.memberId()), m.rating()))
                .toList()),
        branchId);
    return new RatingsRecorded(branchId, r.year(), rated);
  }

  @Operation(
      summary = "Record the narrative of the branch's year-end report, replacing any earlier one")
  @BranchOfficerWrite
  @PutMapping("/api/branches/{branchId}/years/{year}/narrative")
  public NarrativeRecorded narrative(
      @PathVariable String branchId,
      @PathVariable int year,
      @Valid @RequestBody NarrativeRequest r) {
    if (year < 1900 || year > 2200) {
      throw new BadRequestException(Refusal.of("membership.year.range", 1900, 2200));
    }
    commands.send(
        new RecordNarrativeCommand(
            new BranchId(branchId),
            year,
            r.shortcomings(),
            r.causes(),
            r.priorities(),
            r.recipients(),
            new Signatory(r.signatory().title(), r.signatory().name())),
        branchId);
    return new NarrativeRecorded(branchId, year);
  }
}
