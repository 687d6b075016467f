package vn.congdoan.welfare.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.WireName;

/** A welfare grant was given: {@code amountVndEach} to every recipient, paid by {@code fund}. */
@WireName("welfare.WelfareGrantRecorded")
@Revision("1")
public record WelfareGrantRecordedEvent(
    GrantId grantId,
    BranchId branchId,
    GrantKind kind,
    LocalDate grantedOn,
    List<Recipient> recipients,
    long amountVndEach,
    Fund fund,
    String note) {}
