package vn.congdoan.finance.client;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where membership-service is, and how long finance waits for it: an officer recording dues should
 * get a clear "try again" rather than a hanging request.
 *
 * @param membershipUrl its base address ({@code finance.membership-url})
 * @param membershipConnectTimeout how long to wait for a connection
 * @param membershipReadTimeout how long to wait for an answer once connected
 */
@ConfigurationProperties("finance")
public record MembershipSettings(
    @DefaultValue("http://localhost:8081") URI membershipUrl,
    @DefaultValue("2s") Duration membershipConnectTimeout,
    @DefaultValue("10s") Duration membershipReadTimeout) {}
