package vn.congdoan.welfare.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.testing.Callers;
import vn.congdoan.welfare.api.CampaignScope;
import vn.congdoan.welfare.command.Campaign;
import vn.congdoan.welfare.command.CampaignView;
import vn.congdoan.welfare.command.CampaignView.BranchLine;

class CampaignAccessTest {
  private static final BranchLine OURS = new BranchLine("vp-doan-dbqh", 46_000_000, 23);
  private static final BranchLine THEIRS = new BranchLine("so-tai-chinh", 10_000_000, 4);

  @SuppressWarnings("unchecked")
  private final Repository<Campaign> repository = mock(Repository.class);

  private final CampaignAccess access = new CampaignAccess(repository, new BranchAccess());

  @AfterEach
  void signOut() {
    Callers.signOut();
  }

  @SuppressWarnings("unchecked")
  private void stored(CampaignScope scope, String branchId) {
    var view =
        new CampaignView(
            "c",
            "t",
            scope,
            branchId,
            "p",
            LocalDate.of(2024, 9, 9),
            null,
            null,
            56_000_000,
            0,
            27,
            List.of(THEIRS, OURS),
            null,
            List.of(),
            List.of());
    Aggregate<Campaign> aggregate = mock(Aggregate.class);
    doReturn(view).when(aggregate).invoke(any());
    when(repository.load("c")).thenReturn(aggregate);
  }

  @Test
  void anOfficerSeesAProvinceCampaignWithOnlyTheirOwnBranchsLine() {
    stored(CampaignScope.PROVINCE, null);
    Callers.signIn("BRANCH_OFFICER", "vp-doan-dbqh");

    CampaignView campaign = access.readable("c");

    assertThat(access.visibleLines(campaign.byBranch())).containsExactly(OURS);
  }

  @Test
  void federationStaffSeeEveryBranchsLine() {
    stored(CampaignScope.PROVINCE, null);
    Callers.signIn("FEDERATION_STAFF", null);

    assertThat(access.visibleLines(access.readable("c").byBranch())).containsExactly(THEIRS, OURS);
  }

  @Test
  void anotherBranchsCampaignIsUnknownToAnOfficer() {
    stored(CampaignScope.BRANCH, "so-tai-chinh");
    Callers.signIn("BRANCH_OFFICER", "vp-doan-dbqh");

    assertThatThrownBy(() -> access.readable("c"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Campaign c not found");
  }

  @Test
  void anUnknownCampaignIsNotFound() {
    when(repository.load("c")).thenThrow(new AggregateNotFoundException("c", "none"));
    Callers.signIn("AUDITOR", null);

    assertThatThrownBy(() -> access.readable("c")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyTheFederationRunsAProvinceCampaign() {
    stored(CampaignScope.PROVINCE, null);
    Callers.signIn("BRANCH_OFFICER", "vp-doan-dbqh");

    assertThatThrownBy(() -> access.manageable("c")).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void onlyTheBranchRunsItsOwnCampaign() {
    stored(CampaignScope.BRANCH, "vp-doan-dbqh");
    Callers.signIn("FEDERATION_STAFF", null);
    assertThatThrownBy(() -> access.manageable("c")).isInstanceOf(AccessDeniedException.class);

    Callers.signIn("BRANCH_OFFICER", "vp-doan-dbqh");
    assertThat(access.manageable("c").branchId()).isEqualTo("vp-doan-dbqh");
  }
}
