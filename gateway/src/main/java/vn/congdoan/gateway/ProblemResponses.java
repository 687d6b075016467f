package vn.congdoan.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Whatever the gateway itself refuses or cannot pass on — an address no service owns, a service
 * that is down or too slow — is answered as the services answer: problem+json, in the caller's
 * language (Vietnamese unless it asks for English), never a bare 500 page.
 */
@Component
@Order(-2) // before Spring Boot's own error handler, which would answer in its JSON
class ProblemResponses implements ErrorWebExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final MessageSource messages;
  private final ObjectMapper json;

  ProblemResponses(MessageSource messages, ObjectMapper json) {
    this.messages = messages;
    this.json = json;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    var response = exchange.getResponse();
    if (response.isCommitted()) {
      return Mono.error(error); // a stream already under way: nothing can be said any more
    }
    HttpStatusCode status = statusOf(error);
    if (status.is5xxServerError()) {
      log.warn(
          "{} {}: {}",
          exchange.getRequest().getMethod(),
          exchange.getRequest().getPath(),
          error.toString());
    }
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    byte[] body = body(status, locale(exchange), exchange.getRequest().getPath().value());
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }

  static HttpStatusCode statusOf(Throwable error) {
    if (error instanceof ResponseStatusException e) {
      return e.getStatusCode();
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException) {
        return HttpStatus.SERVICE_UNAVAILABLE;
      }
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  private byte[] body(HttpStatusCode status, Locale locale, String path) {
    String key =
        "problem."
            + (messageFor(status) ? status.value() : status.is4xxClientError() ? "4xx" : "5xx");
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "https://congdoan.vn/problems/gateway-" + status.value());
    problem.put("title", messages.getMessage(key + ".title", null, locale));
    problem.put("status", status.value());
    problem.put("detail", messages.getMessage(key + ".detail", null, locale));
    problem.put("instance", path);
    try {
      return json.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean messageFor(HttpStatusCode status) {
    return messages.getMessage("problem." + status.value() + ".title", null, null, VIETNAMESE)
        != null;
  }

  private static Locale locale(ServerWebExchange exchange) {
    Locale asked = exchange.getLocaleContext().getLocale();
    return asked != null && asked.getLanguage().equals("en") ? Locale.ENGLISH : VIETNAMESE;
  }
}
