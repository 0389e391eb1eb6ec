/**
 * The network of people and organisations named together: one node per entity, one weighted edge per
 * pair named in the same paragraph. Pure; reads only the model.
 */
package org.dossier.analyze.network;
