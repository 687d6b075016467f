package vn.congdoan.finance.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;

public record ReverseGrantExpenseCommand(
    @TargetAggregateIdentifier BranchId branchId, GrantId grantId, LocalDate reversedOn) {}
