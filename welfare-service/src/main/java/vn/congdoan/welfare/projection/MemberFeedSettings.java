package vn.congdoan.welfare.projection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the member event consumer waits when a batch cannot be written (MongoDB away).
 *
 * @param retryInitial the first wait before the batch is tried again
 * @param retryMax the longest wait between tries; tries never stop, so no event is dropped
 */
@ConfigurationProperties("welfare.members")
public record MemberFeedSettings(
    @DefaultValue("500ms") Duration retryInitial, @DefaultValue("30s") Duration retryMax) {}
