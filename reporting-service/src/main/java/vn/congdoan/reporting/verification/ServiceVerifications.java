package vn.congdoan.reporting.verification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.client.RestClient;
import vn.congdoan.platform.api.BadRequestException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.platform.infra.chain.ChainVerification;
import vn.congdoan.platform.infra.web.RelayingClient;

/**
 * Asks a recording service to recompute its chains (only it reads its store) with the caller's own
 * token, and holds its newest digest against the copy that came through Kafka. Each verification is
 * counted by its outcome ({@code reporting.verification.runs}, intact or broken): an alert watches
 * for a broken one, whoever asked for it.
 */
public class ServiceVerifications {
  private final Map<String, RelayingClient> services = new HashMap<>();
  private final PublishedDigests published;
  private final MeterRegistry registry;

  public ServiceVerifications(
      RestClient.Builder builder,
      VerificationSettings settings,
      PublishedDigests published,
      MeterRegistry registry) {
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
    this.registry = registry;
    for (String service : services.keySet()) {
      runs(service, true);
      runs(service, false); // at 0 from the start: an alert on its rise needs a first sample
    }
  }

  private Counter runs(String service, boolean intact) {
    return Counter.builder("reporting.verification.runs")
        .description("Verifications of a service's chains, by outcome")
        .tag("service", service)
        .tag("outcome", intact ? "intact" : "broken")
        .register(registry);
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
    var verification = ServiceVerification.of(service, store, publishedDigest);
    runs(service, verification.intact()).increment();
    return verification;
  }
}
