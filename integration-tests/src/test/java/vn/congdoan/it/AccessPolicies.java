package vn.congdoan.it;

import static vn.congdoan.platform.infra.security.Role.ADMIN;
import static vn.congdoan.platform.infra.security.Role.AUDITOR;
import static vn.congdoan.platform.infra.security.Role.BRANCH_OFFICER;
import static vn.congdoan.platform.infra.security.Role.FEDERATION_STAFF;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.congdoan.it.Platform.Service;
import vn.congdoan.platform.infra.security.Role;

/**
 * Who may call each endpoint, written down independently of the code's own {@code @Allowed}: the
 * matrix holds the code to this table, and the table must name every endpoint a service serves.
 */
final class AccessPolicies {
  private AccessPolicies() {}

  /** Which branch a request is about: none, the path's, a campaign's, or the body's. */
  enum Scope {
    NONE,
    PATH,
    CAMPAIGN,
    BODY
  }

  /** Roles allowed everywhere, roles allowed in their own branch only. */
  enum Policy {
    WRITE(EnumSet.of(ADMIN), EnumSet.of(BRANCH_OFFICER)),
    READ(EnumSet.of(FEDERATION_STAFF, AUDITOR, ADMIN), EnumSet.of(BRANCH_OFFICER)),
    MEMBER_DATA(EnumSet.of(FEDERATION_STAFF, ADMIN), EnumSet.of(BRANCH_OFFICER)),
    STAFF(EnumSet.of(FEDERATION_STAFF, ADMIN), Set.of()),
    READERS(EnumSet.of(FEDERATION_STAFF, AUDITOR, ADMIN), Set.of()),
    AUDIT(EnumSet.of(AUDITOR, ADMIN), Set.of()),
    ADMINS(EnumSet.of(ADMIN), Set.of()),
    EVERYONE(EnumSet.allOf(Role.class), Set.of());

    private final Set<Role> anyBranch;
    private final Set<Role> ownBranch;

    Policy(Set<Role> anyBranch, Set<Role> ownBranch) {
      this.anyBranch = anyBranch;
      this.ownBranch = ownBranch;
    }

    boolean allows(Set<Role> roles, boolean ownBranchAsked) {
      return roles.stream()
          .anyMatch(r -> anyBranch.contains(r) || (ownBranchAsked && ownBranch.contains(r)));
    }
  }

  /**
   * One endpoint; {@code body} makes a request body for a target branch (null: an empty object).
   */
  record Endpoint(
      Service service,
      String method,
      String path,
      Policy policy,
      Scope scope,
      String contentType,
      Function<String, Map<String, Object>> body) {
    String key() {
      return method + " " + path;
    }
  }

  private static final String JSON = "application/json";
  private static final String TODAY = java.time.LocalDate.now().toString();

  /** What an endpoint that wants more than an empty JSON object is sent, for a target branch. */
  private static final Map<String, Function<String, Map<String, Object>>> BODIES =
      Map.of(
          "POST /api/campaigns",
          b -> Campaigns.ofBranch(b, "Ủng hộ", "Giúp đỡ", TODAY),
          "POST /api/campaigns/{campaignId}/contributions",
          b -> Map.of("branchId", b, "amountVnd", 1000, "receivedOn", TODAY),
          "POST /api/campaigns/{campaignId}/closing",
          b -> Map.of("closedOn", TODAY),
          "POST /api/campaigns/{campaignId}/remittances",
          b -> Map.of("recipient", "Quỹ", "amountVnd", 1000, "remittedOn", TODAY),
          "POST /api/campaigns/{campaignId}/disclosures",
          b -> Map.of("kind", "RECEIPTS", "publishedOn", TODAY, "where", "Bảng tin"),
          "POST /api/audit/replays",
          b -> Map.of("projection", "no-such-projection"));

  private static final Map<String, String> NOT_JSON =
      Map.of("POST /api/branches/{branchId}/members/import", "text/csv");

  // Each service's endpoints, one a line: method, path, who may call it, where its branch is named.
  private static final String MEMBERSHIP =
      """
      GET    /api/branches/{branchId}                                      READ         PATH
      GET    /api/branches/{branchId}/complaints/open                      WRITE        PATH
      GET    /api/ratings/scales                                           EVERYONE     NONE
      POST   /api/branches                                                 STAFF        NONE
      POST   /api/branches/{branchId}/groups                               WRITE        PATH
      PUT    /api/branches/{branchId}/groups/{groupId}                     WRITE        PATH
      POST   /api/branches/{branchId}/dissolution                          STAFF        PATH
      POST   /api/branches/{branchId}/members                              WRITE        PATH
      GET    /api/branches/{branchId}/members                              READ         PATH
      GET    /api/branches/{branchId}/members/{memberId}                   READ         PATH
      GET    /api/branches/{branchId}/members/export                       READ         PATH
      POST   /api/branches/{branchId}/members/{memberId}/departure         WRITE        PATH
      POST   /api/branches/{branchId}/members/{memberId}/transfer          WRITE        PATH
      POST   /api/branches/{branchId}/members/{memberId}/erasure           MEMBER_DATA  PATH
      POST   /api/branches/{branchId}/members/{memberId}/correction        MEMBER_DATA  PATH
      POST   /api/branches/{branchId}/members/import                       WRITE        PATH
      POST   /api/branches/{branchId}/awards                               WRITE        PATH
      POST   /api/branches/{branchId}/achievements                         WRITE        PATH
      POST   /api/branches/{branchId}/activities                           WRITE        PATH
      POST   /api/branches/{branchId}/complaints                           WRITE        PATH
      POST   /api/branches/{branchId}/complaints/{complaintId}/resolution  WRITE        PATH
      POST   /api/branches/{branchId}/inspections                          WRITE        PATH
      POST   /api/branches/{branchId}/ratings                              WRITE        PATH
      PUT    /api/branches/{branchId}/years/{year}/narrative               WRITE        PATH
      GET    /api/audit/verification                                       AUDIT        NONE
      """;

  private static final String WELFARE =
      """
      POST   /api/branches/{branchId}/welfare/grants                       WRITE        PATH
      POST   /api/branches/{branchId}/welfare/grants/{grantId}/reversal    WRITE        PATH
      POST   /api/branches/{branchId}/welfare/occasions                    WRITE        PATH
      GET    /api/branches/{branchId}/welfare/members                      READ         PATH
      POST   /api/campaigns                                                WRITE        BODY
      GET    /api/campaigns/{campaignId}                                   READ         CAMPAIGN
      POST   /api/campaigns/{campaignId}/contributions                     WRITE        CAMPAIGN
      POST   /api/campaigns/{campaignId}/closing                           WRITE        CAMPAIGN
      POST   /api/campaigns/{campaignId}/remittances                       WRITE        CAMPAIGN
      POST   /api/campaigns/{campaignId}/disclosures                       WRITE        CAMPAIGN
      GET    /api/audit/verification                                       AUDIT        NONE
      """;

  private static final String FINANCE =
      """
      GET    /api/branches/{branchId}/finance/years/{year}                 READ         PATH
      POST   /api/branches/{branchId}/finance/expenses                     WRITE        PATH
      POST   /api/branches/{branchId}/finance/remittances                  WRITE        PATH
      PUT    /api/branches/{branchId}/finance/budgets/{year}               WRITE        PATH
      POST   /api/branches/{branchId}/finance/budgets/{year}/approval      STAFF        PATH
      POST   /api/branches/{branchId}/finance/dues                         WRITE        PATH
      POST   /api/branches/{branchId}/finance/union-funding                WRITE        PATH
      POST   /api/branches/{branchId}/finance/income                       WRITE        PATH
      POST   /api/branches/{branchId}/finance/years/{year}/settlement      WRITE        PATH
      POST   /api/finance/rules                                            ADMINS       NONE
      GET    /api/finance/rules                                            EVERYONE     NONE
      GET    /api/audit/verification                                       AUDIT        NONE
      """;

  private static final String REPORTING =
      """
      GET    /api/reports/branches/{branchId}/years/{year}                 READ         PATH
      GET    /api/reports/branches/{branchId}/years/{year}/document        READ         PATH
      GET    /api/reports/branches/{branchId}/years/{year}/grants          READ         PATH
      GET    /api/reports/branches/{branchId}/years/{year}/records         READ         PATH
      GET    /api/reports/province/years/{year}                            READERS      NONE
      GET    /api/reports/province/years/{year}/workbook                   READERS      NONE
      GET    /api/reports/province/years/{year}/attention                  READERS      NONE
      GET    /api/reports/branches/{branchId}/wind-up                      STAFF        PATH
      GET    /api/reports/campaigns                                        READERS      NONE
      GET    /api/reports/branches/{branchId}/campaigns                    READ         PATH
      GET    /api/reports/live                                             READ         NONE
      GET    /api/audit/verification                                       AUDIT        NONE
      GET    /api/audit/events                                             AUDIT        NONE
      POST   /api/audit/replays                                            AUDIT        NONE
      GET    /api/audit/replays/{replayId}                                 AUDIT        NONE
      DELETE /api/audit/replays/{replayId}                                 AUDIT        NONE
      """;

  static List<Endpoint> all() {
    List<Endpoint> all = new ArrayList<>();
    all.addAll(table(Service.MEMBERSHIP, MEMBERSHIP));
    all.addAll(table(Service.WELFARE, WELFARE));
    all.addAll(table(Service.FINANCE, FINANCE));
    all.addAll(table(Service.REPORTING, REPORTING));
    Set<String> keys = new HashSet<>();
    all.forEach(e -> keys.add(e.key()));
    // a body or content type under a mistyped key would quietly never be sent
    if (!keys.containsAll(BODIES.keySet()) || !keys.containsAll(NOT_JSON.keySet())) {
      throw new IllegalStateException("a body or content type for an endpoint no table lists");
    }
    return all;
  }

  private static List<Endpoint> table(Service service, String rows) {
    return rows.lines()
        .map(row -> row.trim().split("\\s+"))
        .map(
            c -> {
              String key = c[0] + " " + c[1];
              return new Endpoint(
                  service,
                  c[0],
                  c[1],
                  Policy.valueOf(c[2]),
                  Scope.valueOf(c[3]),
                  NOT_JSON.getOrDefault(key, JSON),
                  BODIES.get(key));
            })
        .toList();
  }
}
