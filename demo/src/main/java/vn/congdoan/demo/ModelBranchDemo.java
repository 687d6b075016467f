package vn.congdoan.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The model branch of the reference report — Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh — as its
 * 2024 happened and its 2025 ended, recorded through the services' APIs as its officers and the
 * federation would have recorded it.
 */
public final class ModelBranchDemo {
  public static final String BRANCH_ID = "vp-doan-dbqh";
  public static final String PARENT_UNION = "Công đoàn Viên chức tỉnh";
  public static final String NAME = "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh";
  static final String MEMBER_PREFIX = "vpdb";

  private ModelBranchDemo() {}

  /**
   * Loads the branch. The dissolution is the last thing recorded, so a dissolved branch was loaded
   * completely and is left alone; anything less is loaded again, every write under the key of its
   * step, so that what the earlier run recorded is replayed and not recorded twice.
   */
  public static void load(Services services) {
    long start = System.nanoTime();
    var client = new DemoClient(services);
    Optional<JsonNode> known = client.branch(BRANCH_ID);
    if (known.isPresent() && known.get().hasNonNull("dissolvedOn")) {
      Progress.say("model branch " + BRANCH_ID + " is loaded already; nothing to do");
      return;
    }
    register(client, known);
    var branch = new BranchSession(client, BRANCH_ID);
    var imported = branch.importRoster("roster", ModelRoster.rosterCsv(MEMBER_PREFIX));
    Progress.say("model branch: roster sent, " + imported.path("imported").asInt() + " imported");
    branch.awaitWelfareMembers("2024-03-08", ModelRoster.SIZE);
    long welfare2024 = ModelWelfare.record2024(branch);
    Progress.say("model branch: 2024 welfare recorded, " + welfare2024 + " VND");
    ProvinceCampaigns.launch(client, ProvinceCampaigns.OF_2024);
    ModelDonations.record(branch);
    CampaignClosings.record(client);
    Progress.say("model branch: donations recorded, " + ModelDonations.TOTAL_VND + " VND");
    ModelRecords.record(branch);
    ModelFinance.record2024(branch, welfare2024);
    Progress.say("model branch: 2024 finance recorded and settled");
    ModelNarrative.record(branch);
    long welfare2025 = ModelWelfare.record2025(branch);
    ModelFinance.record2025(branch, welfare2025);
    ModelDissolution.record(branch);
    Progress.say("model branch " + BRANCH_ID + " loaded in " + Progress.seconds(start));
  }

  /** Registers the branch and its four groups, passing over what a user registered by hand. */
  private static void register(DemoClient client, Optional<JsonNode> known) {
    var staff = new BranchSession(client, BRANCH_ID);
    if (known.isEmpty()) {
      client.staffPost(
          client.services.membershipUrl() + "/api/branches",
          BRANCH_ID + ":branch",
          Body.of(
              "branchId", BRANCH_ID,
              "name", NAME,
              "parentUnion", PARENT_UNION,
              "sector", "STATE_AGENCY"));
    }
    Set<String> groups = new HashSet<>();
    known.ifPresent(b -> b.path("groups").forEach(g -> groups.add(g.path("groupId").asText())));
    for (int g = 0; g < ModelRoster.GROUPS.size(); g++) {
      String id = ModelRoster.GROUPS.get(g);
      if (!groups.contains(id)) {
        staff.membership(
            "group:" + id,
            "/groups",
            Body.of("groupId", id, "name", ModelRoster.GROUP_NAMES.get(g)));
      }
    }
  }
}
