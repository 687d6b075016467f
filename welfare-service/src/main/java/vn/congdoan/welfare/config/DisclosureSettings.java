package vn.congdoan.welfare.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a campaign has to make its money public (Hướng dẫn 42/HD-TLĐ). Guidance changes, so the
 * periods are configuration ({@code welfare.disclosure.*}), not code.
 *
 * @param receiptsWithinDays receipts are published within this many days after the campaign closes
 * @param distributionWithinDays the distribution within this many days after the last remittance
 */
@ConfigurationProperties("welfare.disclosure")
public record DisclosureSettings(
    @DefaultValue("15") int receiptsWithinDays, @DefaultValue("30") int distributionWithinDays) {
  public DisclosureSettings {
    if (receiptsWithinDays < 0 || distributionWithinDays < 0) {
      throw new IllegalArgumentException("welfare.disclosure periods cannot be negative");
    }
  }
}
