package org.dossier.render;

import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.node.AutoEscapeNode;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

/**
 * Refuses {@code {% autoescape false %}}: the one switch in Pebble that turns escaping off for a stretch
 * of template, and with it every seed value printed there.
 */
final class EscapingGuard extends AbstractNodeVisitor {
    EscapingGuard(PebbleTemplateImpl template) {
        super(template);
    }

    @Override
    public void visit(AutoEscapeNode node) {
        if (!node.isActive()) {
            throw new ParserException(null, "'autoescape false' would print seed values unescaped; Dossier escapes every value,"
                    + " use '| raw' only for block.html, diff.html, matrix and drawing", node.getLineNumber(), getTemplate().getName());
        }
        super.visit(node);
    }
}
