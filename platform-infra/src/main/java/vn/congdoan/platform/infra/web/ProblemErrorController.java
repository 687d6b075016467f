package vn.congdoan.platform.infra.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.problem.Problems;

/**
 * What the servlet container itself refuses (an address it will not decode, a request it could not
 * read) reaches {@code /error}: it is answered as problem+json too, like every other refusal, and
 * never with the request's own words.
 */
// the servlet container's error page, not an operation: no place in the OpenAPI document
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

  @RequestMapping("/error")
  public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer value && HttpStatus.resolve(value) != null
            ? HttpStatus.valueOf(value)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(status, status.getReasonPhrase(), Problems.beforeHandling(status)));
  }
}
