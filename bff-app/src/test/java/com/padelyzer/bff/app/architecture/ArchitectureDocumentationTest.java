package com.padelyzer.bff.app.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/architecture.md names every port of the core, so the page cannot fall behind the code. */
class ArchitectureDocumentationTest {

    private static final Path PAGE = Path.of("..", "docs", "architecture.md");

    @Test
    void the_architecture_page_names_every_in_port_and_out_port() throws IOException {
        String page = Files.readString(PAGE);
        List<String> ports = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.padelyzer.bff.application.port").stream()
                .filter(JavaClass::isInterface).filter(JavaClass::isTopLevelClass)
                .filter(type -> !type.getSimpleName().equals("package-info"))
                .map(JavaClass::getSimpleName).sorted().toList();

        assertThat(ports).as("ports found in the code").hasSizeGreaterThan(10)
                .contains("AuthorizeRequestUseCase", "ResponseCachePort");
        assertThat(ports).allSatisfy(port -> assertThat(page).as(PAGE + " names " + port).contains("`" + port + "`"));
    }
}
