/**
 * The network from one build to the next in the same process (the preview's rebuilds): the plain
 * {@link org.dossier.analyze.network.NetworkAnalysis}, its last result kept with the entities it was drawn
 * from. Results are those of the plain analysis; the analysis itself knows nothing of this package.
 */
package org.dossier.analyze.network.reuse;
