package vn.congdoan.reporting.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The periods a campaign has to make its money public (Hướng dẫn 42/HD-TLĐ), as welfare-service
 * applies them ({@code welfare.disclosure.*}): staff's list of overdue disclosures must judge by
 * the same periods, so a deployment that changes them there sets them here too.
 */
@ConfigurationProperties("reporting.disclosure")
public record DisclosureSettings(
    @DefaultValue("15") int receiptsWithinDays, @DefaultValue("30") int distributionWithinDays) {
  public DisclosureSettings {
    if (receiptsWithinDays < 0 || distributionWithinDays < 0) {
      throw new IllegalArgumentException("reporting.disclosure periods cannot be negative");
    }
  }
}
