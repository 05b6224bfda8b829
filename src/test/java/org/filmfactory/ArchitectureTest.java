package org.filmfactory;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What Spring Modulith does not check: the layering inside modules and the general coding rules of STYLE.md. */
@AnalyzeClasses(packages = "org.filmfactory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsUseNoPersistenceClusterOrMedia = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..", "jakarta.persistence..",
                    "com.hazelcast..", "org.bytedeco..")
            .because("views are thin: they call a module's facade (STYLE.md rule 12)");

    @ArchTest
    static final ArchRule viewsReadScriptsWithTheReadersRights = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat()
            .haveFullyQualifiedName("org.filmfactory.screenplay.ScriptArchive")
            .because("ScriptArchive reads any project's script without asking who reads it; it is for listeners");

    @ArchTest
    static final ArchRule hazelcastOnlyBehindInterfaces = noClasses().that()
            .resideOutsideOfPackages("..internal..", "org.filmfactory.platform..")
            .should().dependOnClassesThat().resideInAPackage("com.hazelcast..")
            .because("each shared structure sits behind a domain interface (STYLE.md rule 18)");

    @ArchTest
    static final ArchRule mediaOnlyInPlatformMedia = noClasses().that()
            .resideOutsideOfPackage("org.filmfactory.platform.media..")
            .should().dependOnClassesThat().resideInAPackage("org.bytedeco..")
            .because("only platform's media package touches JavaCV (STYLE.md rule 25)");

    @ArchTest
    static final ArchRule fountainIsAPlainLibrary = noClasses().that().resideInAPackage("org.filmfactory.fountain..")
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                    "com.hazelcast..", "jakarta.persistence..")
            .orShould().dependOnClassesThat(resideInAPackage("org.filmfactory..")
                    .and(resideOutsideOfPackage("org.filmfactory.fountain..")))
            .because("the cut, subtitles and the command line use Fountain without the studio around it "
                    + "(package-info only carries the module declaration)");

    @ArchTest
    static final ArchRule noStaticMutableState = fields().that().areStatic().and().areDeclaredInClassesThat()
            .resideInAPackage("org.filmfactory..")
            .should().haveModifier(JavaModifier.FINAL)
            .because("two nodes run in one JVM in cluster tests; a static would let them share state (rule 24)");

    @ArchTest
    static final ArchRule repositoriesOnlyBehindServices = classes().that()
            .areAssignableTo(org.springframework.data.repository.Repository.class)
            .should().onlyBeAccessed().byClassesThat(resideInAPackage("..internal..")
                    .or(annotatedWith(org.springframework.stereotype.Service.class)))
            .because("repositories are used by their own module's services, the transaction boundary");

    @ArchTest
    static final ArchRule noStandardStreams = noClasses()
            .that().doNotHaveFullyQualifiedName(FilmFactoryApplication.class.getName())
            .should(com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("logging goes through SLF4J; only the command-line entry in main() prints");

    @ArchTest
    static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
