package vn.congdoan.reporting.verification;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.ServiceUnavailableException;
import vn.congdoan.platform.infra.events.ChainVerification;

/**
 * Asks a recording service to recompute its chains (only it reads its store) with the caller's own
 * token, and holds its newest digest against the copy that came through Kafka.
 */
public class ServiceVerifications {
  private final Map<String, URI> services;
  private final RestClient http;
  private final PublishedDigests published;

  public ServiceVerifications(
      RestClient.Builder builder, VerificationSettings settings, PublishedDigests published) {
    var factory =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build());
    factory.setReadTimeout(settings.readTimeout());
    this.http = builder.requestFactory(factory).build();
    this.services = settings.services();
    this.published = published;
  }

  public ServiceVerification verify(String service, String authorization) {
    URI base = services.get(service);
    if (base == null) {
      throw new IllegalArgumentException("service must be one of membership, welfare, finance");
    }
    // read before asking: a digest published during the recomputation is then simply newer
    // in the store, not a false alarm
    var publishedDigest = published.latest(service).orElse(null);
    ChainVerification store;
    try {
      store =
          http.get()
              .uri(base.resolve("/api/audit/verification"))
              .header(HttpHeaders.AUTHORIZATION, authorization)
              .accept(MediaType.APPLICATION_JSON)
              .retrieve()
              .onStatus(s -> s.value() == 409, (req, res) -> busy(service))
              .onStatus(s -> s.value() == 401 || s.value() == 403, (req, res) -> denied(service))
              .onStatus(HttpStatusCode::isError, (req, res) -> failed(service, res.getStatusCode()))
              .body(ChainVerification.class);
    } catch (RestClientException e) {
      throw unavailable(service, base + " could not be read (" + e.getMessage() + ")", e);
    }
    if (store == null) {
      throw unavailable(service, base + " answered nothing", null);
    }
    return ServiceVerification.of(service, store, publishedDigest);
  }

  private static void busy(String service) {
    throw new ConflictException(
        service + "-service is already verifying its chains; ask again when it is done");
  }

  private static void denied(String service) {
    throw new AccessDeniedException(service + "-service does not let this caller verify it");
  }

  private static void failed(String service, HttpStatusCode status) {
    throw unavailable(service, "answered " + status.value(), null);
  }

  private static ServiceUnavailableException unavailable(
      String service, String what, Throwable cause) {
    return new ServiceUnavailableException(
        service + "-service " + what + "; its chains cannot be verified now, try again shortly",
        cause);
  }
}
