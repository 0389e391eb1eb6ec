package org.dossier.build;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu) run in-process and offline: its HTML
 * schema ships inside the jar. One instance checks many files, one after another.
 */
final class NuHtmlChecker {
    /** The checker's default schema for text/html: HTML plus RDFa Lite, with its Schematron-like assertions. */
    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    NuHtmlChecker() throws Exception {
        // No language detection: it would warn about short English chrome on Dutch pages, and warnings are not errors.
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** Every error the checker finds in the file, as {@code line:column: message}; empty when it passes. */
    List<String> errors(File file) throws Exception {
        collector.errors.clear();
        validator.checkHtmlFile(file, true);
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // Warnings and info messages are advice, not conformance errors.
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
        }
    }
}
