package vn.congdoan.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.finance.api.AddFinanceRuleCommand;
import vn.congdoan.finance.api.FinanceRule;
import vn.congdoan.finance.api.FinanceRule.RuleKind;
import vn.congdoan.finance.command.RuleBook;
import vn.congdoan.finance.command.Rules;
import vn.congdoan.platform.api.Ids;
import vn.congdoan.platform.infra.input.Vnd;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.platform.infra.web.CommandSender;

/** The finance rule table: read by everyone signed in, extended by administrators. */
@RestController
public class RuleController {
  private static final String SECTOR =
      "STATE_AGENCY|PUBLIC_SERVICE_UNIT|STATE_ENTERPRISE|NON_STATE_ENTERPRISE|OTHER";

  /** A rule row as added and as listed: the {@link FinanceRule} fields and its id. */
  public record RuleRow(
      @Pattern(regexp = Ids.PATTERN, message = Ids.INVALID) String ruleId,
      @NotNull RuleKind kind,
      @NotNull LocalDate validFrom,
      LocalDate validTo,
      @Size(max = 10) List<@NotNull @Pattern(regexp = SECTOR) String> sectors,
      @Min(0) @Max(10_000) Integer rateBp,
      @Min(0) @Max(10_000) Integer capBpOfBaseSalary,
      @Min(0) @Max(10_000) Integer keepDuesBp,
      @Min(0) @Max(10_000) Integer keepFundingBp,
      @Vnd Long amountVnd,
      @NotBlank @Size(max = 200) String decision,
      RoundingMode rounding) {

    FinanceRule rule() {
      return new FinanceRule(
          kind,
          validFrom,
          validTo,
          sectors == null ? List.of() : List.copyOf(sectors),
          rateBp,
          capBpOfBaseSalary,
          keepDuesBp,
          keepFundingBp,
          amountVnd,
          decision,
          rounding);
    }

    static RuleRow of(String ruleId, FinanceRule r) {
      return new RuleRow(
          ruleId,
          r.kind(),
          r.validFrom(),
          r.validTo(),
          r.sectors(),
          r.rateBp(),
          r.capBpOfBaseSalary(),
          r.keepDuesBp(),
          r.keepFundingBp(),
          r.amountVnd(),
          r.decision(),
          r.rounding());
    }
  }

  public record RuleAdded(String ruleId) {}

  private final CommandSender commands;
  private final Rules rules;

  public RuleController(CommandSender commands, Rules rules) {
    this.commands = commands;
    this.rules = rules;
  }

  @Operation(summary = "Add a row to the finance rule table")
  @Allowed(anyBranch = Role.ADMIN)
  @PostMapping("/api/finance/rules")
  @ResponseStatus(HttpStatus.CREATED)
  public RuleAdded add(@Valid @RequestBody RuleRow r) {
    String ruleId = CommandSender.idOr(r.ruleId());
    commands.send(new AddFinanceRuleCommand(RuleBook.ID, ruleId, r.rule()), null);
    return new RuleAdded(ruleId);
  }

  /** Every row in the order added; overlapping rows stay listed, the latest validFrom applies. */
  @Operation(summary = "List the finance rule table in the order rows were added")
  @Allowed(anyBranch = {Role.BRANCH_OFFICER, Role.FEDERATION_STAFF, Role.AUDITOR, Role.ADMIN})
  @GetMapping("/api/finance/rules")
  public List<RuleRow> list() {
    return rules.current().rows().stream()
        .map(row -> RuleRow.of(row.ruleId(), row.rule()))
        .toList();
  }
}
