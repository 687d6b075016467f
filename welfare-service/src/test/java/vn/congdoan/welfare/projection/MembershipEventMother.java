package vn.congdoan.welfare.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupId;
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
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.WireName;

/**
 * Builds envelopes as membership-service publishes them: every event in its branch's stream,
 * numbered from 0 in the order built here, each with a fresh event id.
 */
final class MembershipEventMother {
  static final ObjectMapper JSON = EventJson.mapper();
  private static final SealedPersonalData SEALED =
      new SealedPersonalData("AES-256-GCM/1", "c2VhbGVk");
  private static final String GROUP = "to-1";

  private final Map<String, Long> nextSequence = new HashMap<>();
  private Instant clock = Instant.parse("2025-01-02T08:00:00Z");

  EventEnvelope branchRegistered(String branch) {
    return envelope(
        new BranchRegisteredEvent(
            new BranchId(branch), "Công đoàn " + branch, "LĐLĐ tỉnh", Sector.STATE_AGENCY));
  }

  EventEnvelope admitted(String branch, String member, Gender gender, LocalDate joinedOn) {
    return admitted(branch, member, gender, joinedOn, false);
  }

  EventEnvelope admitted(
      String branch, String member, Gender gender, LocalDate joinedOn, boolean honorary) {
    return envelope(
        new MemberAdmittedEvent(
            new MemberId(member),
            new BranchId(branch),
            new GroupId(GROUP),
            SEALED,
            gender,
            1985,
            joinedOn,
            Position.GROUP_LEADER,
            honorary));
  }

  EventEnvelope transferredOut(String branch, String member, String toBranch, LocalDate on) {
    return envelope(
        new MemberTransferredOutEvent(
            new MemberId(member), new BranchId(branch), new BranchId(toBranch), on));
  }

  EventEnvelope transferredIn(
      String branch, String member, String fromBranch, Gender gender, LocalDate on) {
    return envelope(
        new MemberTransferredInEvent(
            new MemberId(member),
            new BranchId(branch),
            new BranchId(fromBranch),
            new GroupId(GROUP),
            SEALED,
            gender,
            1985,
            LocalDate.of(2010, 1, 4),
            null,
            false,
            on));
  }

  EventEnvelope departed(String branch, String member, LocalDate on) {
    return envelope(
        new MemberDepartedEvent(
            new MemberId(member), new BranchId(branch), DepartureReason.RETIRED, on));
  }

  EventEnvelope movedToGroup(String branch, String member, LocalDate on) {
    return envelope(
        new MemberMovedToGroupEvent(
            new MemberId(member),
            new BranchId(branch),
            new GroupId(GROUP),
            new GroupId("to-2"),
            on));
  }

  EventEnvelope corrected(String branch, String member, Gender gender) {
    return envelope(
        new MemberDataCorrectedEvent(
            new MemberId(member), new BranchId(branch), SEALED, gender, 1985, "Sai giới tính"));
  }

  EventEnvelope erased(String branch, String member) {
    return envelope(new MemberErasedEvent(new MemberId(member), new BranchId(branch)));
  }

  /** The next event of {@code branch}'s stream under {@code type}, with any payload at all. */
  EventEnvelope raw(String branch, String type, JsonNode payload) {
    return envelope(type, branch, payload);
  }

  /** The record value the outbox relay would publish. */
  static String json(EventEnvelope envelope) {
    try {
      return JSON.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private EventEnvelope envelope(Object event) {
    JsonNode payload = JSON.valueToTree(event);
    String type = event.getClass().getAnnotation(WireName.class).value();
    return envelope(type, payload.get("branchId").asText(), payload);
  }

  private EventEnvelope envelope(String type, String branch, JsonNode payload) {
    long sequence = nextSequence.merge(branch, 1L, Long::sum) - 1;
    clock = clock.plusSeconds(1);
    return new EventEnvelope(
        UUID.randomUUID().toString(),
        type,
        "1",
        "Branch",
        branch,
        sequence,
        clock,
        Map.of(MetadataKeys.BRANCH, branch, MetadataKeys.USER, "can-bo-cong-doan"),
        payload);
  }
}
