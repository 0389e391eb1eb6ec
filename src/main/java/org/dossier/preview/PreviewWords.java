package org.dossier.preview;

import java.util.Optional;
import org.dossier.render.i18n.Messages;

/**
 * The words the preview itself writes (its 404 page, the error overlay), from the message file of the
 * language the last good build chose. Until a build succeeded, or when the words cannot be read (a broken
 * message file is what the overlay is reporting), the preview falls back to English written here, so that
 * an error can always be shown. Thread-safe: set by the build thread, read by the server's threads.
 */
final class PreviewWords {
    private volatile Messages messages;

    /** The words of the site the last good build made. */
    void use(Messages words) {
        this.messages = words;
    }

    String language() {
        Messages words = messages;
        return words == null ? "en" : words.language();
    }

    String notFoundTitle() {
        return text("preview.notFound.title", "Not found");
    }

    /** The sentence before the missing page's path. */
    String notFoundText() {
        return text("preview.notFound.text", "The site has no page");
    }

    String home() {
        return text("preview.notFound.home", "Go to the home page");
    }

    String failed() {
        return text("preview.failed", "The last rebuild failed. This is the last good version of the page; fix the error and save.");
    }

    /** When the failed rebuild had already replaced some files: the site on disk is partly new. */
    String failedPartly() {
        return text("preview.failedPartly", "The last rebuild failed half-way: the site on disk is partly new; fix the error and save.");
    }

    String hide() {
        return text("preview.hide", "Hide");
    }

    private String text(String key, String english) {
        Messages words = messages;
        return Optional.ofNullable(words).filter(w -> w.has(key)).map(w -> w.text(key)).orElse(english);
    }
}
