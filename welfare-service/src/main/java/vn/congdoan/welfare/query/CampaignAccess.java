package vn.congdoan.welfare.query;

import java.util.List;
import org.axonframework.modelling.command.Repository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.aggregate.AggregateReads;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.welfare.api.CampaignScope;
import vn.congdoan.welfare.command.Campaign;
import vn.congdoan.welfare.command.CampaignView;
import vn.congdoan.welfare.command.CampaignView.BranchLine;

/**
 * Who may see and run a campaign. Province campaigns are everyone's to read and the federation's to
 * run; a branch campaign is its branch's, and unknown (404) to every other branch's officers.
 */
@Component
public class CampaignAccess {
  private final Repository<Campaign> campaigns;
  private final BranchAccess access;

  public CampaignAccess(Repository<Campaign> campaigns, BranchAccess access) {
    this.campaigns = campaigns;
    this.access = access;
  }

  public CampaignView readable(String campaignId) {
    access.requireRole(Role.values());
    CampaignView campaign = load(campaignId);
    if (campaign.scope() == CampaignScope.BRANCH && !seesBranch(campaign.branchId())) {
      throw notFound(campaignId);
    }
    return campaign;
  }

  /** Closing, remitting and disclosing: federation staff, or the branch's own officers. */
  public CampaignView manageable(String campaignId) {
    CampaignView campaign = readable(campaignId);
    if (campaign.scope() == CampaignScope.PROVINCE) {
      access.requireRole(Role.FEDERATION_STAFF, Role.ADMIN);
    } else {
      access.requireWrite(campaign.branchId());
    }
    return campaign;
  }

  /**
   * The lines of {@code byBranch} the caller may see: all for staff, auditors and administrators,
   * their own branch's for an officer. A province campaign has thousands of lines, so the officer's
   * own line is picked by the token's {@code branch} claim and only that one is checked.
   */
  public List<BranchLine> visibleLines(List<BranchLine> lines) {
    try {
      access.requireRole(Role.FEDERATION_STAFF, Role.AUDITOR, Role.ADMIN);
      return lines;
    } catch (AccessDeniedException e) {
      String own =
          SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken t
              ? t.getToken().getClaimAsString("branch")
              : null;
      return lines.stream().filter(line -> line.branchId().equals(own) && seesBranch(own)).toList();
    }
  }

  /** The platform's one rule of who sees which branch, asked rather than written again here. */
  private boolean seesBranch(String branchId) {
    try {
      access.requireRead(branchId);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /**
   * Read from the campaign itself, as membership reads its roster: a contribution just recorded is
   * in the totals on the next read, and the rules decide on exactly what is shown.
   */
  private CampaignView load(String campaignId) {
    // A grant's id names another kind of stream in the shared event store: no campaign either.
    CampaignView campaign = AggregateReads.read(campaigns, campaignId, Campaign::view).orElse(null);
    if (campaign == null || campaign.campaignId() == null) {
      throw notFound(campaignId);
    }
    return campaign;
  }

  private static NotFoundException notFound(String campaignId) {
    return new NotFoundException(Refusal.of("welfare.campaign.not-found", campaignId));
  }
}
