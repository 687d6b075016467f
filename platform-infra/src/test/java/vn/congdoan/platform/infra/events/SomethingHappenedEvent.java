package vn.congdoan.platform.infra.events;

import org.axonframework.serialization.Revision;
import vn.congdoan.platform.api.WireName;

@WireName("test.SomethingHappened")
@Revision("1")
record SomethingHappenedEvent(String memberId, String note) {}
