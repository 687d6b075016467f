package vn.congdoan.reporting.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.membership.api.BranchId;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.GroupRenamedEvent;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberId;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.platform.api.WireName;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;

/**
 * Builds deliveries as the recording services publish them: each aggregate's events numbered from 0
 * in the order they are built here, each with a fresh event id.
 */
public final class EventMother {
  public static final ObjectMapper JSON = EventJson.mapper();

  private final Map<String, Long> nextSequence = new HashMap<>();
  private Instant clock = Instant.parse("2024-06-01T08:00:00Z");

  public Delivery branchRegistered(String branchId, String name) {
    var event =
        new BranchRegisteredEvent(
            new BranchId(branchId), name, "Công đoàn Viên chức tỉnh", Sector.STATE_AGENCY);
    return delivery(Topics.MEMBERSHIP, "Branch", branchId, branchId, event);
  }

  public Delivery groupAdded(String branchId, String groupId, String name) {
    var event = new GroupAddedEvent(new BranchId(branchId), groupId, name);
    return delivery(Topics.MEMBERSHIP, "Branch", branchId, branchId, event);
  }

  public Delivery groupRenamed(String branchId, String groupId, String name) {
    return delivery(
        Topics.MEMBERSHIP,
        "Branch",
        branchId,
        branchId,
        new GroupRenamedEvent(new BranchId(branchId), groupId, name));
  }

  public Delivery memberAdmitted(
      String branchId,
      String memberId,
      String fullName,
      Gender gender,
      String groupId,
      LocalDate joinedOn) {
    var event =
        new MemberAdmittedEvent(
            new MemberId(memberId),
            new BranchId(branchId),
            groupId,
            fullName,
            gender,
            LocalDate.of(1985, 6, 15),
            joinedOn,
            null);
    return delivery(Topics.MEMBERSHIP, "Member", memberId, branchId, event);
  }

  public Delivery memberDeparted(String branchId, String memberId, LocalDate effectiveOn) {
    var event =
        new MemberDepartedEvent(
            new MemberId(memberId), new BranchId(branchId), DepartureReason.RETIRED, effectiveOn);
    return delivery(Topics.MEMBERSHIP, "Member", memberId, branchId, event);
  }

  public Delivery welfareGrant(
      String branchId,
      String grantId,
      GrantKind kind,
      LocalDate grantedOn,
      int recipients,
      long each) {
    List<Recipient> who =
        IntStream.range(0, recipients)
            .mapToObj(i -> new Recipient("doan-vien-" + i, Relation.SELF))
            .toList();
    var event =
        new WelfareGrantRecordedEvent(
            grantId, branchId, kind, grantedOn, who, each, Fund.DUES, "Thăm hỏi, tặng quà");
    return delivery(Topics.WELFARE, "Grant", grantId, branchId, event);
  }

  public Delivery income(String branchId, long amountVnd, LocalDate receivedOn) {
    var event =
        new IncomeRecordedEvent(
            branchId, UUID.randomUUID().toString(), "Hỗ trợ của cơ quan", amountVnd, receivedOn);
    return delivery(Topics.FINANCE, "Ledger", branchId, branchId, event);
  }

  /** The record value the outbox relay would publish. */
  public static String json(Delivery delivery) {
    try {
      return JSON.writeValueAsString(delivery.envelope());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Delivery delivery(
      String topic, String aggregateType, String aggregateId, String branchId, Object event) {
    long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
    clock = clock.plusSeconds(1);
    var envelope =
        new EventEnvelope(
            UUID.randomUUID().toString(),
            event.getClass().getAnnotation(WireName.class).value(),
            "1",
            aggregateType,
            aggregateId,
            sequence,
            clock,
            Map.of(MetadataKeys.BRANCH, branchId, MetadataKeys.USER, "can-bo-cong-doan"),
            JSON.valueToTree(event));
    return new Delivery(topic, envelope);
  }
}
