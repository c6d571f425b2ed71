package org.techleadership.advisor;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The modules of docs/architecture.md, held by the code: no cycles, nobody reaches into another's internal/. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(AdvisorApplication.class);

    @Test
    void modulesTalkOnlyThroughEachOthersPublicTypes() {
        MODULES.verify();
    }

    @Test
    void theScoringCoreDependsOnJavaAlone() {
        JavaClasses scoring = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.techleadership.advisor.scoring");
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.techleadership.advisor.scoring..")
                .because("the scoring core is a pure function of (model, answers): no framework type may enter it")
                .check(scoring);
    }
}
