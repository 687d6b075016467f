package vn.congdoan.finance.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.congdoan.platform.api.BranchId;

public record RecordDuesCommand(
    @TargetAggregateIdentifier BranchId branchId,
    YearMonth period,
    List<DuesPaymentRequest> payments,
    LocalDate recordedOn) {}
