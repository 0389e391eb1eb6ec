/**
 * The network of people and organisations as files for other tools: GEXF 1.3 for Gephi, and two CSV
 * files (RFC 4180) for spreadsheets.
 */
package org.dossier.render.network;
