package vn.congdoan.it;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.mongodb.client.MongoCollection;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layering the code keeps, stated where a build fails when it is broken: what an api module may
 * know, what a controller may touch, that a projection only projects, and that no module's packages
 * lean on each other in a circle. Production classes only.
 */
class ArchitectureTest {
  private static final String[] AXON_ANNOTATIONS = {
    "org.axonframework.serialization..", "org.axonframework.modelling.command.."
  };
  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    // every module is on this module's class path, as classes or as its jar
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.congdoan");
  }

  @ParameterizedTest
  @ValueSource(strings = {"membership", "welfare", "finance"})
  void anApiModuleKnowsOnlyItselfThePlatformsContractAndAnnotations(String service) {
    classes()
        .that()
        .resideInAPackage("vn.congdoan." + service + ".api..")
        .should()
        .onlyDependOnClassesThat(
            resideInAnyPackage(
                    "java..",
                    "vn.congdoan." + service + ".api..",
                    "vn.congdoan.platform.api..",
                    "com.fasterxml.jackson.annotation..",
                    "com.fasterxml.jackson.databind.node..")
                .or(resideInAnyPackage(AXON_ANNOTATIONS)))
        .because("services share only their api modules; those carry no service's code")
        .check(production);
  }

  @ParameterizedTest
  @ValueSource(strings = {"membership", "welfare", "finance", "reporting"})
  void aControllerGoesThroughCommandsAndQueriesNotTheStore(String service) {
    noClasses()
        .that()
        .resideInAPackage("vn.congdoan." + service + ".web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.axonframework.eventsourcing.eventstore..", "com.mongodb.client..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.axonframework.modelling.command.Repository")
        .because("web/ turns HTTP into commands and queries; stores are read in query/")
        .check(production);
  }

  @ParameterizedTest
  @ValueSource(strings = {"membership", "welfare", "finance", "reporting"})
  void aControllerReadsThroughQueriesNotThroughWhatEventsDrive(String service) {
    String base = "vn.congdoan." + service;
    noClasses()
        .that()
        .resideInAPackage(base + ".web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(base + ".projection..", base + ".ingest..", base + ".feed..")
        .because("web/ answers from query/ and sends commands; projections and feeds follow events")
        .check(production);
  }

  @Test
  void aProjectionOnlyProjects() {
    noClasses()
        .that()
        .resideInAnyPackage("..projection..", "vn.congdoan.reporting..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.axonframework.commandhandling..")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleName("CommandSender")
        .because("what reacts to other services' events by sending commands lives in feed/")
        .check(production);
  }

  @Test
  void theOutboxKnowsNothingOfTheChainThatHooksIntoIt() {
    noClasses()
        .that()
        .resideInAPackage("vn.congdoan.platform.infra.outbox..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.congdoan.platform.infra.chain..")
        .because("the chain is told of appends and publications through OutboxHook")
        .check(production);
  }

  @Test
  void reportingsProjectionsKnowNeitherTheIntakeNorTheReads() {
    noClasses()
        .that()
        .resideInAPackage("vn.congdoan.reporting.projection..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.congdoan.reporting.ingest..", "vn.congdoan.reporting.query..")
        .because("ingest/ applies events through projection/, query/ reads what it wrote")
        .check(production);
  }

  @Test
  void reportingsQueriesOnlyRead() {
    noClasses()
        .that()
        .resideInAPackage("vn.congdoan.reporting.query..")
        .should()
        .callMethodWhere(
            target(owner(assignableTo(MongoCollection.class)))
                .and(
                    target(
                        nameMatching(
                            "insert.*|update.*|delete.*|replace.*|bulkWrite|findOneAnd.*"
                                + "|drop|createIndex.*"))))
        .because("the read model is written by ingest/ through projection/ only")
        .check(production);
  }

  @ParameterizedTest
  @ValueSource(strings = {"membership", "welfare", "finance", "reporting", "platform.infra"})
  void theModulesPackagesFormNoCycle(String module) {
    slices()
        .matching("vn.congdoan." + module + ".(*)..")
        .should()
        .beFreeOfCycles()
        .check(production);
  }
}
