package vn.congdoan.membership.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.MemberId;

class MemberIdRegistryTest {
  static final BranchId HOSPITAL = new BranchId("benh-vien-tinh");
  static final BranchId SCHOOL = new BranchId("truong-thpt-chuyen");
  static final MemberId LAN = new MemberId("m-lan");

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final MemberIdRegistry registry =
      new MemberIdRegistry(mongo.client(), InMemoryMongo.properties());

  @AfterEach
  void close() {
    mongo.close();
  }

  @Test
  void claimingAgainForTheSameBranchIsFine() {
    registry.claim(LAN, HOSPITAL);
    registry.claim(LAN, HOSPITAL);
  }

  @Test
  void anIdHeldByAnotherBranchIsRefusedWithoutNamingIt() {
    registry.claim(LAN, HOSPITAL);

    assertThatThrownBy(() -> registry.claim(LAN, SCHOOL))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Member id m-lan is already in use")
        .message()
        .doesNotContain(HOSPITAL.value());
  }

  @Test
  void claimingManyRefusesOnlyThoseHeldElsewhere() {
    registry.claim(new MemberId("m-1"), HOSPITAL);
    registry.claim(new MemberId("m-2"), SCHOOL);

    var refused =
        registry.claimAll(
            Map.of(
                new MemberId("m-1"), SCHOOL,
                new MemberId("m-2"), SCHOOL,
                new MemberId("m-3"), SCHOOL));

    assertThat(refused).containsExactly(new MemberId("m-1"));
    registry.claim(new MemberId("m-3"), SCHOOL);
    assertThatThrownBy(() -> registry.claim(new MemberId("m-3"), HOSPITAL))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void claimingNothingRefusesNothing() {
    assertThat(registry.claimAll(Map.of())).isEmpty();
  }
}
