package vn.congdoan.reporting.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeout how long one audit download may take before it is broken off (the client sees the
 *     transfer fail, never a shorter file that looks whole); the whole trail of a province is a few
 *     minutes even to a slow client
 */
@ConfigurationProperties("reporting.audit.export")
public record AuditExportSettings(@DefaultValue("1h") Duration timeout) {}
