package vn.congdoan.finance.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.congdoan.finance.client.MembershipUnavailableException;
import vn.congdoan.platform.infra.web.Problems;

/**
 * membership-service being away is neither the caller's fault nor a bug here: 503, try again. Ahead
 * of the platform's handler, whose catch-all would otherwise answer 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FinanceProblems {
  @ExceptionHandler(MembershipUnavailableException.class)
  ProblemDetail unavailable(MembershipUnavailableException e) {
    return Problems.of(
        HttpStatus.SERVICE_UNAVAILABLE, "Membership service unavailable", e.getMessage());
  }
}
