package vn.congdoan.platform.infra.web;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.problem.Problems;

/**
 * A 429 problem with Retry-After, thrown where a limit is counted rather than rated (open streams,
 * say). Spring renders it as problem+json with its headers, like the platform's own problems.
 */
public class TooManyRequests extends ErrorResponseException {
  public TooManyRequests(Refusal detail, Duration retryAfter) {
    super(
        HttpStatus.TOO_MANY_REQUESTS,
        Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail),
        null);
    getHeaders().set(HttpHeaders.RETRY_AFTER, WebSettings.seconds(retryAfter));
  }
}
