package org.techleadership.advisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void noMainSourceFileIsOver300Lines() throws IOException {
        List<String> over;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            over = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > 300)
                    .map(f -> f + ": " + lines(f) + " lines").toList();
        }
        assertThat(over).as("split these by what they do (STYLE.md)").isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
