package vn.congdoan.finance.client;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import vn.congdoan.membership.api.BranchInfo;
import vn.congdoan.membership.api.Roster;
import vn.congdoan.membership.api.RosterEntry;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.web.RelayingClient;

/**
 * Reads a branch and its members from membership-service with the caller's own token, so finance
 * never sees more than the caller may.
 */
@Component
public class MembershipClient {
  private final RelayingClient membership;

  public MembershipClient(RestClient.Builder builder, MembershipSettings settings) {
    this.membership =
        new RelayingClient(
            builder,
            "membership-service",
            settings.membershipUrl(),
            settings.membershipConnectTimeout(),
            settings.membershipReadTimeout(),
            "dues and union funding need the branch's sector and members from it");
  }

  public BranchInfo branch(String branchId, String authorization) {
    BranchInfo branch =
        membership.get(
            Refusal.of("finance.relayed.branch", branchId),
            "/api/branches/{branchId}",
            BranchInfo.class,
            authorization,
            branchId);
    if (branch == null || branch.sector() == null) {
      // The sector picks the dues rule; guessing one would record wrong amounts.
      throw membership.unavailable("gave no sector for branch " + branchId);
    }
    return branch;
  }

  /** Every member the branch has had (departed ones too: the caller filters by date). */
  public List<RosterEntry> members(String branchId, String authorization) {
    Roster roster =
        membership.get(
            Refusal.of("finance.relayed.branch", branchId),
            "/api/branches/{branchId}/members?status=ALL",
            Roster.class,
            authorization,
            branchId);
    return roster == null || roster.members() == null ? List.of() : roster.members();
  }
}
