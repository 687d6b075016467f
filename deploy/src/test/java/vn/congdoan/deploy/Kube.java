package vn.congdoan.deploy;

import static vn.congdoan.deploy.DeployFiles.at;
import static vn.congdoan.deploy.DeployFiles.list;
import static vn.congdoan.deploy.DeployFiles.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** deploy/k8s: the kustomizations and the resources the base lists. */
final class Kube {
  static final String BASE = "k8s/base";

  private Kube() {}

  static Map<String, Object> kustomization(Path dir) {
    return map(DeployFiles.yamlDocuments(dir.resolve("kustomization.yaml")).get(0));
  }

  static List<Path> kustomizationDirs() {
    return DeployFiles.files("k8s", "kustomization.yaml").stream().map(Path::getParent).toList();
  }

  /** Every document of the files the base kustomization lists, in its order. */
  static List<Map<String, Object>> baseResources() {
    Path base = DeployFiles.path(BASE);
    var resources = new ArrayList<Map<String, Object>>();
    for (Object file : list(kustomization(base).get("resources"))) {
      Path path = base.resolve(String.valueOf(file));
      if (Files.isRegularFile(path)) {
        DeployFiles.yamlDocuments(path).forEach(d -> resources.add(map(d)));
      }
    }
    return resources;
  }

  static Stream<Map<String, Object>> ofKind(String kind) {
    return baseResources().stream().filter(r -> kind.equals(r.get("kind")));
  }

  static String name(Map<String, Object> resource) {
    return DeployFiles.string(resource, "metadata", "name");
  }

  static Map<String, Map<String, Object>> deployments() {
    var deployments = new LinkedHashMap<String, Map<String, Object>>();
    ofKind("Deployment").forEach(d -> deployments.put(name(d), d));
    return deployments;
  }

  static List<Map<String, Object>> containers(Map<String, Object> deployment) {
    return list(at(deployment, "spec", "template", "spec", "containers")).stream()
        .map(DeployFiles::map)
        .toList();
  }

  /** The only container of a service's pod. */
  static Map<String, Object> container(Map<String, Object> deployment) {
    List<Map<String, Object>> containers = containers(deployment);
    if (containers.size() != 1) {
      throw new IllegalStateException(name(deployment) + " has " + containers.size());
    }
    return containers.get(0);
  }

  static List<Map<String, Object>> env(Map<String, Object> deployment) {
    return list(container(deployment).get("env")).stream().map(DeployFiles::map).toList();
  }

  /** The base ConfigMap congdoan-config, from its generator's literals. */
  static Map<String, String> config() {
    var config = new LinkedHashMap<String, String>();
    for (Object generator : list(kustomization(DeployFiles.path(BASE)).get("configMapGenerator"))) {
      if ("congdoan-config".equals(DeployFiles.string(generator, "name"))) {
        for (Object literal : list(at(generator, "literals"))) {
          String text = String.valueOf(literal);
          int eq = text.indexOf('=');
          config.put(text.substring(0, eq), text.substring(eq + 1));
        }
      }
    }
    return config;
  }

  /** The keys of the Secret the operator creates, as secret.example.yaml lists them. */
  static Map<String, Object> exampleSecret() {
    return DeployFiles.yaml(BASE + "/secret.example.yaml");
  }
}
