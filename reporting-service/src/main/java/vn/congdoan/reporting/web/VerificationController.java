package vn.congdoan.reporting.web;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.reporting.verification.ServiceVerification;
import vn.congdoan.reporting.verification.ServiceVerifications;

/** Tamper evidence: "has anything recorded by this service been altered, removed or reordered?" */
@RestController
public class VerificationController {
  private final ServiceVerifications verifications;
  private final BranchAccess access;

  public VerificationController(ServiceVerifications verifications, BranchAccess access) {
    this.verifications = verifications;
    this.access = access;
  }

  @GetMapping("/api/audit/verification")
  public ServiceVerification verify(
      @RequestParam String service,
      @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
    access.requireRole(Role.AUDITOR, Role.ADMIN);
    return verifications.verify(service.strip().toLowerCase(), authorization);
  }
}
