package vn.congdoan.welfare.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;

public record RecordWelfareGrantCommand(
    @TargetAggregateIdentifier GrantId grantId,
    BranchId branchId,
    GrantKind kind,
    LocalDate grantedOn,
    List<Recipient> recipients,
    long amountVndEach,
    Fund fund,
    String note) {}
