/**
 * Quoted speech: finding the quoted words in Dutch and English quotation styles and resolving who
 * said them to an entity id, from the attribution after the quote ("…", zei president Zelenski),
 * the sentence around it (Volgens Zelenski …), or the people the article spoke of before (…, klonk
 * het bij de president). Pure; reads only the model.
 */
package org.dossier.analyze.quotes;
