package vn.congdoan.platform.infra.testing;

import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.WireName;

@WireName("test.SomethingHappened")
@Revision("1")
public record SomethingHappenedEvent(String memberId, String note) {}
