package vn.congdoan.demo;

/** Sends one planned branch through the APIs, in the order its officers would have. */
final class ProvinceLoader {
  private ProvinceLoader() {}

  static void load(DemoClient client, ProvinceBranch p) {
    client.staffPost(
        client.services.membershipUrl() + "/api/branches",
        p.id() + ":branch",
        Body.of(
            "branchId",
            p.id(),
            "name",
            p.name(),
            "parentUnion",
            p.parentUnion(),
            "sector",
            p.sector()));
    var b = new BranchSession(client, p.id());
    for (int g = 0; g < p.groups().size(); g++) {
      String id = "to-" + (g + 1);
      b.membership("group:" + id, "/groups", Body.of("groupId", id, "name", p.groups().get(g)));
    }
    b.importRoster("roster", p.rosterCsv());
    // every member, the 2025 newcomers too, is a member by the end of April 2025
    b.awaitWelfareMembers("2025-04-30", p.size());
    var grants = new Grants(b);
    p.occasions()
        .forEach(
            o ->
                grants.occasion(
                    o.id(),
                    o.kind(),
                    o.grantedOn(),
                    null,
                    o.amountVndEach(),
                    "Chúc mừng ngày của phụ nữ"));
    p.grants().forEach(grants::grant);
    for (var a : p.activities()) {
      b.membership(
          "activity:" + a.id(),
          "/activities",
          Body.of(
              "activityId",
              a.id(),
              "kind",
              a.kind(),
              "title",
              a.title(),
              "heldOn",
              a.heldOn(),
              "participants",
              a.participants()));
    }
    for (var a : p.awards()) {
      b.membership(
          "award:" + a.id(),
          "/awards",
          Body.of(
              "awardId",
              a.id(),
              "year",
              a.year(),
              "memberId",
              a.memberId(),
              "title",
              a.title(),
              "issuer",
              a.issuer(),
              "awardedOn",
              a.on()));
    }
    for (int k = 0; k < p.achievements().size(); k++) {
      var a = p.achievements().get(k);
      b.membership(
          "achievement:" + k,
          "/achievements",
          Body.of(
              "memberId", a.memberId(), "year", a.year(), "kind", a.kind(), "title", a.title()));
    }
    ProvinceLedger.ratings(b, p);
    b.membership(
        "inspection:2024",
        "/inspections",
        Body.of(
            "inspectionId",
            p.id() + "-ktra-2024",
            "heldOn",
            "2024-11-15",
            "scope",
            "CHARTER",
            "violationsFound",
            p.inspectionViolations()));
    p.finance().forEach(e -> ProvinceLedger.finance(b, p, e));
    if (p.departure() != null) {
      var d = p.departure();
      b.membership(
          "departure:" + d.memberId(),
          "/members/" + d.memberId() + "/departure",
          Body.of("reason", d.reason(), "effectiveOn", d.effectiveOn()));
    }
    // the contribution to the 2025 fund comes last: it marks the branch as loaded
    for (var gift : p.gifts()) {
      b.contribute(
          "contribution:" + gift.campaignId(),
          gift.campaignId(),
          Body.of(
              "contributionId",
              gift.campaignId() + "-" + p.id(),
              "branchId",
              p.id(),
              "amountVnd",
              gift.amountVnd(),
              "receivedOn",
              gift.receivedOn()));
    }
  }
}
