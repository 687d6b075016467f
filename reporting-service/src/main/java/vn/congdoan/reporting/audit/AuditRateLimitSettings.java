package vn.congdoan.reporting.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many audit requests one caller may make per period: exports scan whole histories, so one
 * client in a loop must not starve the projections of the database.
 */
@ConfigurationProperties("reporting.audit.rate-limit")
public record AuditRateLimitSettings(
    @DefaultValue("20") int requests, @DefaultValue("10s") Duration period) {}
