package vn.congdoan.reporting.verification;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the recording services are, for asking them to verify their chains.
 *
 * @param membershipUrl membership-service's base address
 * @param welfareUrl welfare-service's base address
 * @param financeUrl finance-service's base address
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long a verification may take: it reads a service's whole store
 */
@ConfigurationProperties("reporting.verification")
public record VerificationSettings(
    @DefaultValue("http://localhost:8081") URI membershipUrl,
    @DefaultValue("http://localhost:8082") URI welfareUrl,
    @DefaultValue("http://localhost:8083") URI financeUrl,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("10m") Duration readTimeout) {

  /** The services by name, in the order the platform lists them. */
  public Map<String, URI> services() {
    return Map.of("membership", membershipUrl, "welfare", welfareUrl, "finance", financeUrl);
  }
}
