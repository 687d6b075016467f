package vn.congdoan.platform.infra.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many audit requests one caller may make per period: exports and verifications scan whole
 * histories, so one client in a loop must not starve the projections of the database.
 */
@ConfigurationProperties("platform.audit.rate-limit")
public record AuditRateLimitSettings(
    @DefaultValue("20") int requests, @DefaultValue("10s") Duration period) {}
