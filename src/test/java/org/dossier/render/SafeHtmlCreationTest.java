package org.dossier.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a template prints unescaped is made in few, known places: {@link SafeHtml} only where Dossier wraps
 * HTML it sanitised (blocks), built from escaped words (diffs) or drew (the two drawings); Pebble's
 * {@code SafeString}, which the autoescaper passes through, only by the {@code raw} filter. A new filter or
 * function that returned safe strings would fail here and must be reviewed.
 */
class SafeHtmlCreationTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.dossier");
    }

    @Test
    void safeHtmlIsMadeOnlyFromSanitisedOrDrawnHtml() {
        noClasses().that().doNotHaveSimpleName("ArticleViews").and().doNotHaveSimpleName("SiteRenderer").and().doNotHaveSimpleName("NetworkViews")
                .should().callConstructor(SafeHtml.class, String.class)
                .check(main);
    }

    @Test
    void onlyTheRawFilterMakesPebbleSafeStrings() {
        noClasses().that().doNotHaveSimpleName("SafeRawFilter")
                .should().callConstructor(SafeString.class, String.class)
                .check(main);
    }
}
