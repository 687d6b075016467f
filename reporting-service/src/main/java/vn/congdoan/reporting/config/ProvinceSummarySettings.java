package vn.congdoan.reporting.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxKept province summaries kept at most (the province and each upper union, per year):
 *     eight upper unions over a few years asked for fit many times over; each is about 100 KB
 * @param readAheadYears the whole province's summaries read at start and after each midnight,
 *     before anyone asks: the running year and the ones before it, this many in all (0: none)
 */
@ConfigurationProperties("reporting.province-summaries")
public record ProvinceSummarySettings(
    @DefaultValue("64") int maxKept, @DefaultValue("2") int readAheadYears) {}
