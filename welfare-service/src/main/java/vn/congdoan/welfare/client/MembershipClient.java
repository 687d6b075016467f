package vn.congdoan.welfare.client;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import vn.congdoan.membership.api.Roster;
import vn.congdoan.membership.api.RosterEntry;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.web.RelayingClient;

/**
 * Reads a branch's roster from membership-service. Birth dates are sealed in the membership events,
 * so welfare's own member view cannot know them; membership opens them for a caller allowed to read
 * the roster. The caller's own token is relayed, so welfare never sees more than the officer may.
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
            "birthday gifts need members' birth dates from it");
  }

  /** Every member the branch has had (departed ones too: the caller filters by date). */
  public List<RosterEntry> roster(String branchId, String authorization) {
    Roster roster =
        membership.get(
            Refusal.of("welfare.relayed.branch", branchId),
            "/api/branches/{branchId}/members?status=ALL",
            Roster.class,
            authorization,
            branchId);
    return roster == null || roster.members() == null ? List.of() : roster.members();
  }
}
