package vn.congdoan.platform.infra.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.api.ServiceUnavailableException;
import vn.congdoan.platform.infra.security.Forbidden;

/**
 * Reads from another service of the platform with the caller's own token, so the reading service
 * never sees more than the caller may. Its answers come back as the caller's own: unknown (404),
 * refused (403), or, when the other service is away, failing or too slow, a 503 that names it and
 * says what the caller needed it for, so an officer gets a clear "try again" rather than a hang.
 */
public class RelayingClient {
  private final RestClient http;
  private final String service;
  private final URI baseUrl;
  private final String purpose;

  /**
   * @param service the other service's name, as messages show it ({@code membership-service})
   * @param baseUrl its base address
   * @param connectTimeout how long to wait for a connection
   * @param readTimeout how long to wait for an answer once connected
   * @param purpose what the caller needs it for, finishing "…; {purpose}, try again shortly"
   */
  public RelayingClient(
      RestClient.Builder builder,
      String service,
      URI baseUrl,
      Duration connectTimeout,
      Duration readTimeout,
      String purpose) {
    var factory =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(connectTimeout).build());
    factory.setReadTimeout(readTimeout);
    this.http = builder.baseUrl(baseUrl.toString()).requestFactory(factory).build();
    this.service = service;
    this.baseUrl = baseUrl;
    this.purpose = purpose;
  }

  /**
   * Reads {@code uriTemplate} as {@code type}; null when the service answered with no body.
   *
   * @param what what is read, as "not found" and "not allowed" messages name it ({@code branch b1})
   *     in the caller's language
   * @param authorization the caller's {@code Authorization} header, relayed as it came
   */
  public <T> T get(
      Refusal what,
      String uriTemplate,
      Class<T> type,
      String authorization,
      Object... uriVariables) {
    try {
      return http.get()
          .uri(uriTemplate, uriVariables)
          .header(HttpHeaders.AUTHORIZATION, authorization)
          .accept(MediaType.APPLICATION_JSON)
          .retrieve()
          .onStatus(s -> s.value() == 404, (req, res) -> notFound(what))
          .onStatus(s -> s.value() == 401 || s.value() == 403, (req, res) -> denied(what))
          .onStatus(s -> s.value() == 409, (req, res) -> busy(what))
          .onStatus(
              HttpStatusCode::isError,
              (req, res) -> {
                throw unavailable("answered " + res.getStatusCode().value(), null);
              })
          .body(type);
    } catch (RestClientException e) {
      // Unreachable, timed out, or an answer that is not what was asked for.
      throw unavailable("could not be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The 503 for an answer the caller cannot use, e.g. one lacking a field it needs.
   *
   * @param answer what the service did, finishing "{service} at {url} …"
   */
  public ServiceUnavailableException unavailable(String answer) {
    return unavailable(answer, null);
  }

  private ServiceUnavailableException unavailable(String answer, Throwable cause) {
    return new ServiceUnavailableException(
        service + " at " + baseUrl + " " + answer + "; " + purpose + ", try again shortly", cause);
  }

  private void notFound(Refusal what) {
    throw new NotFoundException(Refusal.of("platform.relayed.not-found", what, service));
  }

  /** The other service is doing this already (a long read, one at a time): so is the caller. */
  private void busy(Refusal what) {
    throw new ConflictException(Refusal.of("platform.relayed.busy", service, what));
  }

  private void denied(Refusal what) {
    throw new Forbidden(Refusal.of("platform.relayed.denied", service, what));
  }
}
