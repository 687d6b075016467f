package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.audit.AuditTrail;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.ingest.ProjectionMetrics;

/** The audit trail keeps every delivered envelope exactly once, whatever reporting makes of it. */
class AuditTrailTest extends ReadModelTestBase {
  private List<Delivery> year;

  @BeforeEach
  void aYear() {
    year = AYearOfEvents.of(events);
  }

  private List<Document> trail() {
    return model.store.auditEvents().find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
  }

  private static Delivery retyped(Delivery d, String type, Map<String, String> metadata) {
    return EventMother.altered(d, type, metadata, null);
  }

  @Test
  void everyDeliveredEnvelopeIsStoredOnceWithItsWhoWhenAndWhat() {
    model.apply(year);

    assertThat(trail())
        .extracting(d -> d.getString("_id"))
        .containsExactlyInAnyOrderElementsOf(
            year.stream().map(d -> d.envelope().eventId()).toList());
    Map<String, Long> byService = new HashMap<>();
    trail().forEach(d -> byService.merge(d.getString("service"), 1L, Long::sum));
    assertThat(byService)
        .containsEntry("membership", count(Topics.MEMBERSHIP))
        .containsEntry("welfare", count(Topics.WELFARE))
        .containsEntry("finance", count(Topics.FINANCE));
    EventEnvelope first = year.get(0).envelope();
    Document stored = model.store.auditEvents().find(Filters.eq("_id", first.eventId())).first();
    assertThat(stored.getString("type")).isEqualTo("membership.BranchRegistered");
    assertThat(stored.getString("revision")).isEqualTo("1");
    assertThat(stored.getString("aggregateType")).isEqualTo("Branch");
    assertThat(stored.getString("aggregateId")).isEqualTo(AYearOfEvents.VP);
    assertThat(stored.getLong("sequence")).isZero();
    assertThat(stored.get("timestamp", Date.class).toInstant()).isEqualTo(first.timestamp());
    assertThat(stored.getString("user")).isEqualTo("can-bo-cong-doan");
    assertThat(stored.getString("branchId")).isEqualTo(AYearOfEvents.VP);
    assertThat(stored.get("payload", Document.class).getString("name"))
        .isEqualTo("Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh");
  }

  private long count(String topic) {
    return year.stream().filter(d -> d.topic().equals(topic)).count();
  }

  @Test
  void redeliveringAnyPrefixOfTheYearChangesNothing() {
    model.apply(year);
    List<Document> once = trail();

    for (int upTo = 0; upTo <= year.size(); upTo += 7) {
      model.apply(year.subList(0, upTo));

      assertThat(trail()).as("delivered again up to %d", upTo).isEqualTo(once);
    }
    model.apply(year);
    assertThat(trail()).isEqualTo(once);
    assertThat(model.count(ProjectionMetrics.APPLIED, AuditTrail.NAME)).isEqualTo(year.size());
    assertThat(model.count(ProjectionMetrics.DUPLICATE, AuditTrail.NAME))
        .isGreaterThanOrEqualTo(year.size());
  }

  @Test
  void eventsNoProjectionReadsAreStoredTooWithTheirCorrelation() {
    model.apply(events.branchRegistered("so-y-te", "Công đoàn cơ sở Sở Y tế"));
    Delivery admitted =
        events.memberAdmitted(
            "so-y-te",
            "ngo-thi-yen",
            "Ngô Thị Yến",
            Gender.FEMALE,
            "to-1",
            LocalDate.of(2023, 1, 1));
    Delivery future =
        retyped(
            admitted,
            "membership.MemberHonoured",
            Map.of(MetadataKeys.USER, "thanh-tra", MetadataKeys.CORRELATION_ID, "corr-42"));

    model.apply(future, future);

    assertThat(model.skipped("unknown-type")).isEqualTo(2);
    Document stored =
        model.store.auditEvents().find(Filters.eq("_id", future.envelope().eventId())).first();
    assertThat(stored.getString("type")).isEqualTo("membership.MemberHonoured");
    assertThat(stored.getString("correlationId")).isEqualTo("corr-42");
    assertThat(stored.getString("user")).isEqualTo("thanh-tra");
    assertThat(stored.containsKey("branchId")).as("no branch in its metadata").isTrue();
    assertThat(stored.getString("branchId")).isNull();
    assertThat(stored.get("payload", Document.class)).containsKey("memberId");
    assertThat(trail()).hasSize(2);
  }
}
