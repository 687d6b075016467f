package vn.congdoan.finance.client;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.ServiceUnavailableException;

/**
 * Reads a branch and its members from membership-service with the caller's own token, so finance
 * never sees more than the caller may.
 */
@Component
public class MembershipClient {
  /** The parts of membership's branch finance uses; the other fields are ignored. */
  public record BranchInfo(String branchId, String name, String sector, LocalDate dissolvedOn) {}

  /** The parts of a roster line finance uses. */
  public record RosterMember(
      String memberId, String status, LocalDate since, LocalDate leftOn, LocalDate firstJoinedOn) {}

  record Roster(String branchId, List<RosterMember> members) {}

  private final RestClient http;
  private final String where;

  public MembershipClient(RestClient.Builder builder, MembershipSettings settings) {
    var factory =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(settings.membershipConnectTimeout()).build());
    factory.setReadTimeout(settings.membershipReadTimeout());
    this.http =
        builder.baseUrl(settings.membershipUrl().toString()).requestFactory(factory).build();
    this.where = settings.membershipUrl().toString();
  }

  public BranchInfo branch(String branchId, String authorization) {
    BranchInfo branch = get("/api/branches/{branchId}", branchId, authorization, BranchInfo.class);
    if (branch == null || branch.sector() == null) {
      throw new ServiceUnavailableException(
          "membership-service at " + where + " gave no sector for branch " + branchId, null);
    }
    return branch;
  }

  /** Every member the branch has had (departed ones too: the caller filters by date). */
  public List<RosterMember> members(String branchId, String authorization) {
    Roster roster =
        get("/api/branches/{branchId}/members?status=ALL", branchId, authorization, Roster.class);
    return roster == null || roster.members() == null ? List.of() : roster.members();
  }

  private <T> T get(String path, String branchId, String authorization, Class<T> type) {
    try {
      return http.get()
          .uri(path, branchId)
          .header(HttpHeaders.AUTHORIZATION, authorization)
          .accept(MediaType.APPLICATION_JSON)
          .retrieve()
          .onStatus(s -> s.value() == 404, (req, res) -> notFound(branchId))
          .onStatus(s -> s.value() == 401 || s.value() == 403, (req, res) -> denied(branchId))
          .onStatus(HttpStatusCode::isError, (req, res) -> failed(res.getStatusCode()))
          .body(type);
    } catch (RestClientException e) {
      // Unreachable, timed out, or an answer that is not what was asked for.
      throw new ServiceUnavailableException(
          "membership-service at " + where + " could not be read (" + e.getMessage() + ")", e);
    }
  }

  private static void notFound(String branchId) {
    throw new NotFoundException("Branch " + branchId + " not found");
  }

  private static void denied(String branchId) {
    throw new AccessDeniedException(
        "membership-service does not let this caller read branch " + branchId);
  }

  private void failed(HttpStatusCode status) {
    throw new ServiceUnavailableException(
        "membership-service at " + where + " answered " + status.value() + "; try again shortly",
        null);
  }
}
