package vn.congdoan.platform.infra.chain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a service seals its event store with a digest ({@link ChainDigester}).
 *
 * @param digestEvery time between digests; a round with no new events records nothing. The newest
 *     events are covered by no digest for up to this long: removing them all in that window is what
 *     a digest cannot reveal
 * @param maxHeads most streams one digest names; more wait for the next round
 */
@ConfigurationProperties("platform.events.chain")
public record ChainSettings(
    @DefaultValue("5m") Duration digestEvery, @DefaultValue("2000") int maxHeads) {}
