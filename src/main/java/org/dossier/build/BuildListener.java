package org.dossier.build;

/** Hears how a build goes, for progress on the console. Calls may come from several threads. */
public interface BuildListener {
    BuildListener SILENT = new BuildListener() {};

    default void seedsRead(int count, int total) {}

    default void filesWritten(int count) {}

    default void stage(String name) {}

    /** Names the entity recogniser was unsure about: for the editor to confirm or ignore in entities.yml. */
    default void uncertainEntities(java.util.List<String> notes) {}
}
