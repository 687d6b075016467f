package vn.congdoan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneratedProvinceTest {
  @Test
  void theSameSeedPlansTheSameProvince() {
    assertThat(GeneratedProvince.plan(40, 7)).isEqualTo(GeneratedProvince.plan(40, 7));
    assertThat(GeneratedProvince.plan(40, 7)).isNotEqualTo(GeneratedProvince.plan(40, 8));
  }

  @Test
  void aBranchDoesNotDependOnHowManyArePlanned() {
    assertThat(GeneratedProvince.plan(5, 3).get(4)).isEqualTo(GeneratedProvince.plan(50, 3).get(4));
  }

  @Test
  void hundredsOfBranchesFallUnderTheUpperUnionsWithinTheirSizes() {
    var plan = GeneratedProvince.plan(300, 2024);
    assertThat(plan).hasSize(300);
    assertThat(plan.stream().map(ProvinceBranch::id).distinct()).hasSize(300);
    assertThat(plan.stream().map(ProvinceBranch::name).distinct()).hasSize(300);
    assertThat(plan.stream().map(ProvinceBranch::parentUnion).collect(Collectors.toSet()))
        .hasSize(8)
        .contains("Công đoàn Viên chức tỉnh", "Công đoàn Giáo dục tỉnh", "Công đoàn Y tế tỉnh");
    assertThat(plan)
        .allSatisfy(
            b -> {
              assertThat(b.groups()).hasSizeBetween(2, 6);
              assertThat(b.size()).isBetween(10, 450);
              assertThat(b.members())
                  .allSatisfy(m -> assertThat(m.bornOn().getYear()).isBetween(1965, 2003));
              assertThat(b.gifts().get(b.gifts().size() - 1).campaignId())
                  .isEqualTo(ProvinceCampaigns.SUPPORT_FUND_2025.id());
            });
    long women = plan.stream().flatMap(b -> b.members().stream()).filter(m -> !m.man()).count();
    long all = plan.stream().mapToLong(ProvinceBranch::size).sum();
    // a province of 3,000 branches has about 300,000 members
    assertThat(all / 300).isBetween(85L, 115L);
    assertThat(women * 100 / all).isBetween(40L, 75L);
  }

  @Test
  void grantsGoOnlyToMembersOfTheDay() {
    for (ProvinceBranch b : GeneratedProvince.plan(60, 11)) {
      var joined =
          b.members().stream()
              .collect(Collectors.toMap(ProvinceBranch.Member::id, m -> m.joinedOn()));
      assertThat(b.grants())
          .allSatisfy(
              g -> {
                assertThat(g.members()).isNotEmpty();
                g.members()
                    .forEach(
                        m ->
                            assertThat(joined.get(m))
                                .isBeforeOrEqualTo(java.time.LocalDate.parse(g.grantedOn())));
              });
    }
  }
}
