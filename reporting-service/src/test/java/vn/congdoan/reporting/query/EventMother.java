package vn.congdoan.reporting.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.membership.api.BranchDissolvedEvent;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.GroupRenamedEvent;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDataCorrectedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberErasedEvent;
import vn.congdoan.membership.api.MemberMovedToGroupEvent;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.MemberTransferredOutEvent;
import vn.congdoan.membership.api.Position;
import vn.congdoan.membership.api.SealedPersonalData;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ChainDigestedEvent;
import vn.congdoan.platform.api.ChainDigestedEvent.StreamHead;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.platform.api.WireName;
import vn.congdoan.reporting.ingest.Delivery;

/**
 * Builds deliveries as the recording services publish them: each aggregate's events numbered from 0
 * in the order they are built here, each with a fresh event id. Every membership event is in its
 * branch's stream; what a branch records besides members is built by {@link #records()}, welfare
 * grants and campaigns by {@link #welfare()}, the rest of a branch's ledger by {@link #finance()}.
 */
public final class EventMother {
  public static final ObjectMapper JSON = EventJson.mapper();
  public static final int BIRTH_YEAR = 1985;

  private final Map<String, Long> nextSequence = new HashMap<>();
  private Instant clock = Instant.parse("2024-06-01T08:00:00Z");

  public BranchRecordMother records() {
    return new BranchRecordMother(this);
  }

  public WelfareEventMother welfare() {
    return new WelfareEventMother(this);
  }

  public FinanceEventMother finance() {
    return new FinanceEventMother(this);
  }

  public Delivery branchRegistered(String branchId, String name) {
    return branchRegistered(branchId, name, "Công đoàn Viên chức tỉnh");
  }

  public Delivery branchRegistered(String branchId, String name, String parentUnion) {
    return branch(
        new BranchRegisteredEvent(new BranchId(branchId), name, parentUnion, Sector.STATE_AGENCY));
  }

  public Delivery groupAdded(String branchId, String groupId, String name) {
    return branch(new GroupAddedEvent(new BranchId(branchId), new GroupId(groupId), name));
  }

  public Delivery groupRenamed(String branchId, String groupId, String name) {
    return branch(new GroupRenamedEvent(new BranchId(branchId), new GroupId(groupId), name));
  }

  public Delivery branchDissolved(String branchId, LocalDate effectiveOn) {
    return branch(
        new BranchDissolvedEvent(new BranchId(branchId), effectiveOn, "Công văn 4133/TLĐ-ToC"));
  }

  public Delivery memberAdmitted(
      String branchId,
      String memberId,
      String fullName,
      Gender gender,
      String groupId,
      LocalDate joinedOn) {
    return memberAdmitted(branchId, memberId, fullName, gender, groupId, joinedOn, false);
  }

  public Delivery memberAdmitted(
      String branchId,
      String memberId,
      String fullName,
      Gender gender,
      String groupId,
      LocalDate joinedOn,
      boolean honorary) {
    return memberBorn(
        branchId, memberId, fullName, gender, groupId, joinedOn, honorary, BIRTH_YEAR);
  }

  public Delivery memberBorn(
      String branchId,
      String memberId,
      String fullName,
      Gender gender,
      String groupId,
      LocalDate joinedOn,
      boolean honorary,
      Integer birthYear) {
    return branch(
        new MemberAdmittedEvent(
            new MemberId(memberId),
            new BranchId(branchId),
            new GroupId(groupId),
            sealed(fullName),
            gender,
            birthYear,
            joinedOn,
            Position.GROUP_LEADER,
            honorary));
  }

  public Delivery memberMoved(
      String branchId, String memberId, String fromGroupId, String toGroupId, LocalDate on) {
    return branch(
        new MemberMovedToGroupEvent(
            new MemberId(memberId),
            new BranchId(branchId),
            new GroupId(fromGroupId),
            new GroupId(toGroupId),
            on));
  }

  public Delivery transferredOut(
      String branchId, String memberId, String toBranchId, LocalDate on) {
    return branch(
        new MemberTransferredOutEvent(
            new MemberId(memberId), new BranchId(branchId), new BranchId(toBranchId), on));
  }

  public Delivery transferredIn(
      String branchId,
      String memberId,
      String fromBranchId,
      String groupId,
      Gender gender,
      LocalDate on) {
    return branch(
        new MemberTransferredInEvent(
            new MemberId(memberId),
            new BranchId(branchId),
            new BranchId(fromBranchId),
            new GroupId(groupId),
            sealed(memberId),
            gender,
            BIRTH_YEAR,
            LocalDate.of(2010, 1, 4),
            null,
            false,
            on));
  }

  public Delivery memberDeparted(String branchId, String memberId, LocalDate effectiveOn) {
    return branch(
        new MemberDepartedEvent(
            new MemberId(memberId), new BranchId(branchId), DepartureReason.RETIRED, effectiveOn));
  }

  /** The departure a dissolution records for everyone still on the roll. */
  public Delivery woundUp(String branchId, String memberId, LocalDate effectiveOn) {
    return branch(
        new MemberDepartedEvent(
            new MemberId(memberId),
            new BranchId(branchId),
            DepartureReason.BRANCH_DISSOLVED,
            effectiveOn));
  }

  /**
   * A correction of the member's gender and birth year (their sealed data is of no matter here).
   */
  public Delivery memberCorrected(
      String branchId, String memberId, Gender gender, Integer birthYear) {
    return branch(
        new MemberDataCorrectedEvent(
            new MemberId(memberId),
            new BranchId(branchId),
            sealed(memberId),
            gender,
            birthYear,
            "Sai so với căn cước"));
  }

  public Delivery memberErased(String branchId, String memberId) {
    return branch(new MemberErasedEvent(new MemberId(memberId), new BranchId(branchId)));
  }

  public Delivery income(String branchId, long amountVnd, LocalDate receivedOn) {
    var event =
        new IncomeRecordedEvent(
            new BranchId(branchId),
            UUID.randomUUID().toString(),
            "Hỗ trợ của cơ quan",
            amountVnd,
            receivedOn);
    return delivery(Topics.FINANCE, "Ledger", branchId, branchId, event);
  }

  /** What the personal data looks like on the wire: never readable by reporting. */
  public static SealedPersonalData sealed(String fullName) {
    String clear = fullName + "|" + BIRTH_YEAR + "-06-15";
    return new SealedPersonalData(
        "AES-256-GCM/1",
        Base64.getEncoder().encodeToString(clear.getBytes(StandardCharsets.UTF_8)));
  }

  /** The record value the outbox relay would publish. */
  public static String json(Delivery delivery) {
    try {
      return JSON.writeValueAsString(delivery.envelope());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A service's seal over its store, as its relay publishes it. */
  public Delivery chainDigested(String service, String root) {
    var digest =
        new ChainDigestedEvent(
            service, "0".repeat(64), List.of(new StreamHead("m-1", 0, "a".repeat(64))), root);
    return delivery(service + ".events", "EventChain", "chain:" + service, null, digest);
  }

  /** An event of the branch's stream, keyed by the branch on the membership topic. */
  Delivery branch(Object event) {
    String branchId = JSON.valueToTree(event).get("branchId").asText();
    return delivery(Topics.MEMBERSHIP, "Branch", branchId, branchId, event);
  }

  /** {@code branchId}: the acting branch in the metadata, none for a province-wide event. */
  Delivery delivery(
      String topic, String aggregateType, String aggregateId, String branchId, Object event) {
    long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
    clock = clock.plusSeconds(1);
    var envelope =
        new EventEnvelope(
            UUID.randomUUID().toString(),
            event.getClass().getAnnotation(WireName.class).value(),
            event.getClass().getAnnotation(Revision.class).value(),
            aggregateType,
            aggregateId,
            sequence,
            clock,
            branchId == null
                ? Map.of(MetadataKeys.USER, "can-bo-cong-doan")
                : Map.of(MetadataKeys.BRANCH, branchId, MetadataKeys.USER, "can-bo-cong-doan"),
            JSON.valueToTree(event));
    return new Delivery(topic, envelope);
  }

  /**
   * The same delivery with its envelope's type, metadata or payload replaced (null keeps it): an
   * event of a kind no projection knows, or a payload a projection cannot read.
   */
  public static Delivery altered(
      Delivery d, String type, Map<String, String> metadata, JsonNode payload) {
    return altered(d, type, null, metadata, payload);
  }

  /** As above, recorded at {@code timestamp} too (null keeps it). */
  public static Delivery altered(
      Delivery d, String type, Instant timestamp, Map<String, String> metadata, JsonNode payload) {
    EventEnvelope e = d.envelope();
    return new Delivery(
        d.topic(),
        new EventEnvelope(
            e.eventId(),
            type == null ? e.type() : type,
            e.revision(),
            e.aggregateType(),
            e.aggregateId(),
            e.sequence(),
            timestamp == null ? e.timestamp() : timestamp,
            metadata == null ? e.metadata() : metadata,
            payload == null ? e.payload() : payload));
  }
}
