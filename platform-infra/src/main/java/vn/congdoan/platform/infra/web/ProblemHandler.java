package vn.congdoan.platform.infra.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.platform.api.ServiceUnavailableException;
import vn.congdoan.platform.infra.input.RefusedInput;
import vn.congdoan.platform.infra.problem.ProblemLanguage;
import vn.congdoan.platform.infra.problem.Problems;

/** Maps every failure to problem+json with the status codes of docs/api.md. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private final Duration retryAfter;

  public ProblemHandler() {
    this(RETRY_AFTER);
  }

  /**
   * @param retryAfter what a 503 tells the client to wait before trying again
   */
  public ProblemHandler(Duration retryAfter) {
    this.retryAfter = retryAfter;
  }

  @ExceptionHandler(RuleViolationException.class)
  ProblemDetail ruleViolated(RuleViolationException e) {
    return Problems.of(
        HttpStatus.UNPROCESSABLE_ENTITY, "Refused by a business rule", ProblemLanguage.detail(e));
  }

  @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class})
  ProblemDetail notFound(RuntimeException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "Not found", ProblemLanguage.detail(e));
  }

  @ExceptionHandler({
    ConflictException.class,
    ConcurrencyException.class,
    AggregateStreamCreationException.class,
    DeadlockException.class
  })
  ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
    Optional<String> outage = Outages.of(e);
    if (outage.isPresent()) {
      return storeUnavailable(outage.get(), e);
    }
    String detail =
        e instanceof ConflictException
            ? ProblemLanguage.detail(e)
            : ProblemLanguage.detail(Refusal.of("platform.conflict.concurrent"));
    var answer = ResponseEntity.status(HttpStatus.CONFLICT);
    if (!(e instanceof ConflictException)) {
      // a race between writers, not a rule: worth seeing when it happens often
      log.info("Write answered 409 after a race: {}", e.toString());
    }
    if (e instanceof ConcurrencyException || e instanceof DeadlockException) {
      // A race with another write, not a lasting state: the idempotency filter does not keep it.
      answer.header(HttpHeaders.RETRY_AFTER, "1");
    }
    return answer.body(Problems.of(HttpStatus.CONFLICT, "Conflict", detail));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    return Problems.of(HttpStatus.FORBIDDEN, "Forbidden", ProblemLanguage.detail(e));
  }

  @ExceptionHandler(ServiceUnavailableException.class)
  ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException e) {
    return unavailable(ProblemLanguage.detail(e));
  }

  /** A store or broker did not answer in time: nothing is wrong with the request, retry it. */
  private ResponseEntity<ProblemDetail> storeUnavailable(String what, Exception e) {
    log.warn("{} did not answer: {}", what, e.toString());
    return unavailable(
        ProblemLanguage.detail(Refusal.of("platform.unavailable.store", Outages.named(what))));
  }

  private ResponseEntity<ProblemDetail> unavailable(String detail) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, WebSettings.seconds(retryAfter))
        .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail));
  }

  /** Every sum of money is overflow-checked: one that overflows is refused, never wrapped round. */
  @ExceptionHandler(ArithmeticException.class)
  ProblemDetail overflowed(ArithmeticException e) {
    return Problems.of(
        HttpStatus.UNPROCESSABLE_ENTITY,
        "Refused by a business rule",
        ProblemLanguage.detail(Refusal.of("platform.overflow")));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", ProblemLanguage.detail(e));
  }

  /** Axon wraps what a handler throws when it crosses a boundary; unwrap our own kinds. */
  @ExceptionHandler({CommandExecutionException.class, EventStoreException.class})
  ResponseEntity<ProblemDetail> wrapped(RuntimeException e) {
    Optional<String> outage = Outages.of(e);
    if (outage.isPresent()) {
      return storeUnavailable(outage.get(), e);
    }
    Throwable cause = e.getCause();
    if (cause instanceof RuleViolationException r) {
      return ResponseEntity.unprocessableEntity().body(ruleViolated(r));
    }
    if (cause instanceof ArithmeticException a) {
      return ResponseEntity.unprocessableEntity().body(overflowed(a));
    }
    if (cause instanceof NotFoundException || cause instanceof AggregateNotFoundException) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound((RuntimeException) cause));
    }
    if (cause instanceof ConflictException
        || cause instanceof ConcurrencyException
        || cause instanceof AggregateStreamCreationException
        // Two commands that each lock two aggregates in opposite order (transfers A→B, B→A).
        || cause instanceof DeadlockException) {
      return conflict((RuntimeException) cause);
    }
    return unexpected(e);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    Optional<String> outage = Outages.of(e);
    if (outage.isPresent()) {
      return storeUnavailable(outage.get(), e);
    }
    log.error("Unexpected failure", e);
    return ResponseEntity.internalServerError()
        .body(
            Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                ProblemLanguage.detail(Refusal.of("platform.not-completed"))));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
            .toList();
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "Invalid request",
            errors.stream()
                .map(m -> m.get("field") + " " + m.get("message"))
                .collect(Collectors.joining("; ")));
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Unreadable request", readable(e));
    if (e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      problem.setProperty("errors", List.of(Map.of("field", field(m), "message", readable(e))));
    }
    return ResponseEntity.badRequest().body(problem);
  }

  private static String readable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof RefusedInput r) {
      return field(r) + " " + ProblemLanguage.detail(r.reason());
    }
    if (e.getCause() instanceof InvalidFormatException f) {
      return ProblemLanguage.detail(
          f.getTargetType() != null && f.getTargetType().isEnum()
              ? Refusal.of(
                  "platform.body.not-allowed",
                  f.getValue(),
                  field(f),
                  List.of(f.getTargetType().getEnumConstants()))
              : Refusal.of("platform.body.invalid", f.getValue(), field(f)));
    }
    if (e.getCause() instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      return ProblemLanguage.detail(Refusal.of("platform.body.wrong-type", field(m)));
    }
    return ProblemLanguage.detail(Refusal.of("platform.body.not-json"));
  }

  private static String field(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }
}
