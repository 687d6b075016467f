package vn.congdoan.reporting.verification;

import java.util.HashMap;
import java.util.Map;
import org.springframework.web.client.RestClient;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.events.ChainVerification;
import vn.congdoan.platform.infra.web.RelayingClient;

/**
 * Asks a recording service to recompute its chains (only it reads its store) with the caller's own
 * token, and holds its newest digest against the copy that came through Kafka.
 */
public class ServiceVerifications {
  private final Map<String, RelayingClient> services = new HashMap<>();
  private final PublishedDigests published;

  public ServiceVerifications(
      RestClient.Builder builder, VerificationSettings settings, PublishedDigests published) {
    settings
        .services()
        .forEach(
            (name, url) ->
                services.put(
                    name,
                    new RelayingClient(
                        builder.clone(),
                        name + "-service",
                        url,
                        settings.connectTimeout(),
                        settings.readTimeout(),
                        "its chains cannot be verified now")));
    this.published = published;
  }

  public ServiceVerification verify(String service, String authorization) {
    RelayingClient client = services.get(service);
    if (client == null) {
      throw new BadRequestException(Refusal.of("reporting.service.unknown"));
    }
    // read before asking: a digest published during the recomputation is then simply newer
    // in the store, not a false alarm
    var publishedDigest = published.latest(service).orElse(null);
    // the store reports its digest at the position Kafka last carried, however far it has sealed
    ChainVerification store =
        publishedDigest == null
            ? client.get(
                Refusal.of("reporting.relayed.verifying"),
                "/api/audit/verification",
                ChainVerification.class,
                authorization)
            : client.get(
                Refusal.of("reporting.relayed.verifying"),
                "/api/audit/verification?digest={sequence}",
                ChainVerification.class,
                authorization,
                publishedDigest.sequence());
    if (store == null) {
      throw client.unavailable("answered nothing");
    }
    return ServiceVerification.of(service, store, publishedDigest);
  }
}
