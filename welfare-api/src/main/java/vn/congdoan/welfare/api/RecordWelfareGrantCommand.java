package vn.congdoan.welfare.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordWelfareGrantCommand(
    @TargetAggregateIdentifier String grantId,
    String branchId,
    GrantKind kind,
    LocalDate grantedOn,
    List<Recipient> recipients,
    long amountVndEach,
    Fund fund,
    String note) {}
