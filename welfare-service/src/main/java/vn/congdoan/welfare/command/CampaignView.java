package vn.congdoan.welfare.command;

import java.time.LocalDate;
import java.util.List;
import vn.congdoan.welfare.api.CampaignScope;

/**
 * A copy of what a campaign holds now, for reads that must agree with its rules (the live campaign
 * page): totals, each branch's share, and the dates the disclosure deadlines run from.
 *
 * @param lastRemittedOn the latest remittance date, from which the distribution deadline runs
 * @param receiptsPublished the days the receipts were published
 * @param distributionsPublished the days the distribution was published
 */
public record CampaignView(
    String campaignId,
    String title,
    CampaignScope scope,
    String branchId,
    String purpose,
    LocalDate opensOn,
    LocalDate closesOn,
    LocalDate closedOn,
    long collectedVnd,
    long remittedVnd,
    int contributions,
    List<BranchLine> byBranch,
    LocalDate lastRemittedOn,
    List<LocalDate> receiptsPublished,
    List<LocalDate> distributionsPublished) {

  /** What one branch (its members included) gave. */
  public record BranchLine(String branchId, long amountVnd, int contributions) {
    BranchLine plus(long amount) {
      return new BranchLine(branchId, Math.addExact(amountVnd, amount), contributions + 1);
    }
  }

  public long availableVnd() {
    return collectedVnd - remittedVnd;
  }
}
