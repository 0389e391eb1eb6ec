/**
 * Remembering the results of pure functions from one build to the next in the same process (the
 * preview's rebuilds). A {@link org.dossier.memo.Memo} is keyed by a function's whole input, so a result
 * taken from it is the result the function would return: memory changes how fast a build is, never what
 * it makes. Analysis and rendering take memos as parameters; a one-off build passes memos that remember
 * nothing. Imports only the JDK.
 */
package org.dossier.memo;
