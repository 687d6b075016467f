package vn.congdoan.finance.client;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.congdoan.finance.command.Branches;

/**
 * Branches as membership-service shows them to the caller of the current request. Commands are
 * handled on the request's own thread, so the handler asks with the caller's token.
 */
@Component
public class CallerBranches implements Branches {
  private final MembershipClient membership;

  public CallerBranches(MembershipClient membership) {
    this.membership = membership;
  }

  @Override
  public String sector(String branchId) {
    return membership.branch(branchId, authorization()).sector().name();
  }

  @Override
  public List<Stay> members(String branchId) {
    return membership.members(branchId, authorization()).stream()
        .map(m -> new Stay(m.memberId(), m.since(), m.leftOn()))
        .toList();
  }

  private static String authorization() {
    HttpServletRequest request =
        RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
            ? a.getRequest()
            : null;
    String header = request == null ? null : request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      throw new IllegalStateException("Membership is asked only on behalf of an HTTP caller");
    }
    return header;
  }
}
