/**
 * How the packaged jar starts: {@link org.dossier.launch.JarMain} runs Dossier in a JVM tuned for a build
 * (see {@link org.dossier.launch.TunedLaunch}) when {@code java -jar dossier.jar} was started with the JVM's
 * defaults. Depends on the JDK and on {@code cli}'s entry point only; nothing depends on it.
 */
package org.dossier.launch;
