package vn.congdoan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhaseTest {
  @Test
  void clientsReachEveryBranchWhenThereAreMoreBranchesThanClients() {
    Map<Integer, Integer> writes = new HashMap<>();
    // ten writes per client, 32 clients: 320 writes over 300 branches
    for (int client = 0; client < 32; client++) {
      for (long seq = 0; seq < 10; seq++) {
        writes.merge(Phase.branchOf(client, seq, 32, 300), 1, Integer::sum);
      }
    }
    assertThat(writes).hasSize(300);
    assertThat(writes.values()).allMatch(n -> n >= 1 && n <= 2);
  }

  @Test
  void clientsInStepWriteToDifferentBranches() {
    for (long seq = 0; seq < 50; seq++) {
      Set<Integer> atOnce = new HashSet<>();
      for (int client = 0; client < 32; client++) {
        atOnce.add(Phase.branchOf(client, seq, 32, 300));
      }
      assertThat(atOnce).hasSize(32);
    }
  }

  @Test
  void onFewBranchesEachHasItsOwnClients() {
    Map<Integer, Set<Integer>> clientsOf = new HashMap<>();
    for (int client = 0; client < 32; client++) {
      for (long seq = 0; seq < 20; seq++) {
        int branch = Phase.branchOf(client, seq, 32, 8);
        clientsOf.computeIfAbsent(branch, b -> new HashSet<>()).add(client);
      }
    }
    assertThat(clientsOf).hasSize(8);
    assertThat(clientsOf.values()).allMatch(clients -> clients.size() == 4);
  }
}
