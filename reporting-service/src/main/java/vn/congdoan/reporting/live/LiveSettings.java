package vn.congdoan.reporting.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param coalesce changes within this time reach a dashboard as one notice
 * @param heartbeat how often an idle stream gets a comment line; a stream whose client left is
 *     found by it, so it is also what a refused subscriber is told to wait
 * @param timeout how long one stream lives before the dashboard reconnects
 * @param maxPerUser streams one user ({@code sub}) may hold open: a few tabs and windows
 * @param maxTotal streams open at once over all users: each holds a connection and a little memory
 */
@ConfigurationProperties("reporting.live")
public record LiveSettings(
    @DefaultValue("300ms") Duration coalesce,
    @DefaultValue("15s") Duration heartbeat,
    @DefaultValue("30m") Duration timeout,
    @DefaultValue("8") int maxPerUser,
    @DefaultValue("500") int maxTotal) {}
