package vn.congdoan.finance.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordDuesCommand(
    @TargetAggregateIdentifier String branchId,
    YearMonth period,
    List<DuesPaymentRequest> payments,
    LocalDate recordedOn) {}
