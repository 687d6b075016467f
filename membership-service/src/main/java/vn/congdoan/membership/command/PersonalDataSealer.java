package vn.congdoan.membership.command;

import java.util.Map;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.SealedPersonalData;
import vn.congdoan.platform.api.MemberId;

/**
 * Seals and opens personal data with each member's own key; erasing deletes the key
 * (crypto-shredding).
 */
public interface PersonalDataSealer {
  SealedPersonalData seal(MemberId id, PersonalData data);

  Map<MemberId, SealedPersonalData> sealAll(Map<MemberId, PersonalData> data);

  /** The data of each member whose key still exists; erased members are absent. */
  Map<MemberId, PersonalData> openAll(Map<MemberId, SealedPersonalData> sealed);

  void erase(MemberId id);
}
