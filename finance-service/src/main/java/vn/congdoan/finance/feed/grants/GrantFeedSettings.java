package vn.congdoan.finance.feed.grants;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the welfare grant consumer waits when a batch cannot be handled (the store away).
 *
 * @param retryInitial the first wait before the batch is tried again
 * @param retryMax the longest wait between tries; tries never stop, so no grant is dropped
 */
@ConfigurationProperties("finance.grants")
public record GrantFeedSettings(
    @DefaultValue("500ms") Duration retryInitial, @DefaultValue("30s") Duration retryMax) {}
