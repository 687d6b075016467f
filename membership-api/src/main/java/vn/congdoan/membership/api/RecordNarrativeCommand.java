package vn.congdoan.membership.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record RecordNarrativeCommand(
    @TargetAggregateIdentifier BranchId branchId,
    int year,
    String shortcomings,
    String causes,
    String priorities,
    List<String> recipients,
    Signatory signatory) {}
