package app.backoffice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layering and hygiene rules for the production classes, checked on the compiled code. */
@AnalyzeClasses(packages = "app.backoffice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule servicesKnowNothingOfJavaFx =
      noClasses()
          .that()
          .resideOutsideOfPackage("app.backoffice.ui..")
          .and()
          .doNotHaveSimpleName("BackOfficeApp")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..")
          .because("only the screens know JavaFX; services are used and tested without a window");

  @ArchTest
  static final ArchRule storeKnowsNothingOfAuth =
      noClasses()
          .that()
          .resideInAPackage("app.backoffice.store..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("app.backoffice.auth..")
          .because("the auth service uses the store, not the other way round");

  /** GeneralCodingRules' standard-streams rule, with the command line's own output let through. */
  @ArchTest
  static final ArchRule onlyTheCommandLineWritesToStandardStreams =
      noClasses()
          .that()
          .resideOutsideOfPackage("app.backoffice.cli..")
          .and()
          .doNotHaveFullyQualifiedName("app.backoffice.Main")
          .should(ACCESS_STANDARD_STREAMS)
          .because("everything else logs through System.Logger");

  @ArchTest
  static final ArchRule oneLoggingApi =
      noClasses()
          .that()
          .resideOutsideOfPackage("app.backoffice.logging..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.util.logging..")
          .because("code logs through System.Logger; only the logging package configures the JDK");

  @ArchTest
  static final ArchRule sqlOnlyInTheStore =
      noClasses()
          .that()
          .resideOutsideOfPackage("app.backoffice.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "org.sqlite..")
          .because("the store is the one place that speaks SQL");

  @ArchTest
  static final ArchRule cryptoOnlyInStoreAuthAndTotp =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "app.backoffice.store..", "app.backoffice.auth..", "app.backoffice.totp..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javax.crypto..", "org.mindrot..", "dev.samstevens..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.security.MessageDigest")
          .because("ciphers, hashes and codes live in the store, the auth service and totp");

  @ArchTest
  static final ArchRule commandLineUsesServicesNotTheStore =
      noClasses()
          .that()
          .resideInAPackage("app.backoffice.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("app.backoffice.store.sqlite..", "app.backoffice")
          .because("commands call the services; the composition root builds them");
}
