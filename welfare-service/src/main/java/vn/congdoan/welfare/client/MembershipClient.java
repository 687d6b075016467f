package vn.congdoan.welfare.client;

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
 * Reads a branch's roster from membership-service. Birth dates are sealed in the membership events,
 * so welfare's own member view cannot know them; membership opens them for a caller allowed to read
 * the roster. The caller's own token is relayed, so welfare never sees more than the officer may.
 */
@Component
public class MembershipClient {
  /** The part of a roster line welfare uses; the other fields are ignored. */
  public record RosterMember(
      String memberId, LocalDate dateOfBirth, String status, boolean erased) {}

  record Roster(String branchId, int count, List<RosterMember> members) {}

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

  /** Every member the branch has had (departed ones too: the caller filters by date). */
  public List<RosterMember> roster(String branchId, String authorization) {
    Roster roster;
    try {
      roster =
          http.get()
              .uri("/api/branches/{branchId}/members?status=ALL", branchId)
              .header(HttpHeaders.AUTHORIZATION, authorization)
              .accept(MediaType.APPLICATION_JSON)
              .retrieve()
              .onStatus(s -> s.value() == 404, (req, res) -> notFound(branchId))
              .onStatus(s -> s.value() == 401 || s.value() == 403, (req, res) -> denied(branchId))
              .onStatus(HttpStatusCode::isError, (req, res) -> failed(res.getStatusCode()))
              .body(Roster.class);
    } catch (RestClientException e) {
      // Unreachable, timed out, or an answer that is not a roster.
      throw new ServiceUnavailableException(
          "membership-service at "
              + where
              + " could not be read ("
              + e.getMessage()
              + ")"
              + "; birthday gifts need members' birth dates from it, try again shortly",
          e);
    }
    return roster == null || roster.members() == null ? List.of() : roster.members();
  }

  private static void notFound(String branchId) {
    throw new NotFoundException("Branch " + branchId + " not found in membership-service");
  }

  private static void denied(String branchId) {
    throw new AccessDeniedException(
        "membership-service does not let this caller read the roster of branch " + branchId);
  }

  private void failed(HttpStatusCode status) {
    throw new ServiceUnavailableException(
        "membership-service at "
            + where
            + " answered "
            + status.value()
            + "; birthday gifts need members' birth dates from it, try again shortly",
        null);
  }
}
