package org.dossier.build;

/** Hears how a build goes, for progress on the console. Calls may come from several threads. */
public interface BuildListener {
    BuildListener SILENT = new BuildListener() {};

    default void seedsRead(int count, int total) {}

    default void filesWritten(int count) {}

    default void stage(String name) {}
}
