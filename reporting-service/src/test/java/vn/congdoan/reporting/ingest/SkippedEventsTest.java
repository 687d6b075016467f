package vn.congdoan.reporting.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.query.EventMother;
import vn.congdoan.reporting.query.ReadModelTestBase;

class SkippedEventsTest extends ReadModelTestBase {
  private static final String BRANCH = "vp-doan-dbqh";

  @BeforeEach
  void registerBranch() {
    model.apply(
        events.branchRegistered(BRANCH, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        events.groupAdded(BRANCH, "to-1", "Tổ công đoàn số 1"));
  }

  private Delivery admit(String memberId, String name) {
    return events.memberAdmitted(
        BRANCH, memberId, name, Gender.FEMALE, "to-1", LocalDate.of(2023, 3, 8));
  }

  private static Delivery with(Delivery d, String type, ObjectNode payload) {
    return EventMother.altered(d, type, null, payload);
  }

  @Test
  void aServicesSealIsKeptInTheTrailAndCountedAsNoSkippedEvent() {
    model.apply(new EventMother().chainDigested("membership", "r0"));

    assertThat(model.skipped("unknown-type")).isZero();
    assertThat(
            model
                .store
                .auditEvents()
                .countDocuments(new org.bson.Document("type", "platform.ChainDigested")))
        .isEqualTo(1);
  }

  @Test
  void anEventOfATypeNoProjectionKnowsIsCountedAndSkipped() {
    Delivery future = with(admit("ngo-thi-yen", "Ngô Thị Yến"), "membership.MemberHonoured", null);

    model.apply(future, admit("bui-thi-hanh", "Bùi Thị Hạnh"));

    assertThat(model.skipped("unknown-type")).isEqualTo(1);
    assertThat(model.year(BRANCH, 2024).members().total()).isEqualTo(1);
  }

  @Test
  void aPayloadThatDoesNotFitItsTypeIsSkippedAsPoisonAndTheBatchGoesOn() {
    Delivery good = admit("duong-thi-loan", "Dương Thị Loan");
    ObjectNode broken = ((ObjectNode) admit("x", "Lý Thị Xuân").envelope().payload().deepCopy());
    broken.put("gender", "KHONG_RO").put("joinedOn", "31/12/2024");

    model.apply(
        with(admit("ly-thi-xuan", "Lý Thị Xuân"), "membership.MemberAdmitted", broken), good);

    assertThat(model.skipped("poison")).isEqualTo(1);
    assertThat(model.year(BRANCH, 2024).members().total()).isEqualTo(1);
  }
}
