package vn.congdoan.reporting.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What {@code ?asOf=} readings may cost: each one not kept from before replays the branch's trail
 * into a scratch database (1.4 s for the model branch), so one client in a loop could keep both
 * cores and the database busy.
 *
 * @param requests readings one caller may ask for per {@code period} (an auditor reads a summary,
 *     then prints its document: a handful a minute is plenty)
 * @param period the period of that budget
 * @param concurrentRebuilds scratch rebuilds running at once, over all callers; one more is a 503
 *     with Retry-After (two cores: two rebuilds already take them)
 */
@ConfigurationProperties("reporting.as-of")
public record AsOfSettings(
    @DefaultValue("10") int requests,
    @DefaultValue("1m") Duration period,
    @DefaultValue("2") int concurrentRebuilds) {}
