package vn.congdoan.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file that does not parse fails at the worst moment: at deployment. Every one parses now. */
class FilesParseTest {
  private static final List<String> DIRS = List.of("compose", "k8s", "observability");

  @Test
  void everyYamlFileParses() {
    for (String dir : DIRS) {
      List<Path> files = DeployFiles.files(dir, ".yaml", ".yml");
      assertThat(files).as(dir).isNotEmpty();
      for (Path file : files) {
        // several documents in one file are the rule on Kubernetes
        assertThatCode(() -> assertThat(DeployFiles.yamlDocuments(file)).isNotEmpty())
            .as(DeployFiles.DIR.relativize(file).toString())
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void everyJsonFileParses() {
    List<Path> files = DeployFiles.files("observability", ".json");
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      assertThatCode(() -> assertThat(DeployFiles.json(file).isObject()).isTrue())
          .as(DeployFiles.DIR.relativize(file).toString())
          .doesNotThrowAnyException();
    }
  }

  @Test
  void kubernetesDocumentsNameTheirKindAndApi() {
    for (Path file : DeployFiles.files("k8s", ".yaml")) {
      for (Object document : DeployFiles.yamlDocuments(file)) {
        var resource = DeployFiles.map(document);
        String where = DeployFiles.DIR.relativize(file).toString();
        assertThat(resource).as(where).containsKeys("apiVersion", "kind");
        if (!String.valueOf(resource.get("kind")).matches("Kustomization|Component")) {
          assertThat(DeployFiles.string(resource, "metadata", "name")).as(where).isNotBlank();
        }
      }
    }
  }
}
