package vn.congdoan.reporting.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param coalesce changes within this time reach a dashboard as one notice
 * @param heartbeat how often an idle stream gets a comment line
 * @param timeout how long one stream lives before the dashboard reconnects
 */
@ConfigurationProperties("reporting.live")
public record LiveSettings(
    @DefaultValue("300ms") Duration coalesce,
    @DefaultValue("15s") Duration heartbeat,
    @DefaultValue("30m") Duration timeout) {}
