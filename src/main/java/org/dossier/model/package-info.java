/**
 * The dossier as immutable data: articles with their sections and blocks, and what analysis finds
 * across them (passages, entities, quotes, events). Records only; every constructor validates its
 * arguments and copies its lists, so a model value can be shared freely between stages and threads.
 * Imports nothing but {@code java.*}.
 */
package org.dossier.model;
