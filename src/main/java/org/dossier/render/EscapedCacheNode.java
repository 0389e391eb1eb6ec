package org.dossier.render;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.CacheNode;
import io.pebbletemplates.pebble.node.expression.Expression;

/**
 * Pebble's cache block with its body shown to the node visitors. Pebble 4.0.0's {@code CacheNode} hides its
 * body from them, so the autoescaper never saw the values printed inside {@code {% cache %}} and they went
 * out unescaped. Rendering and caching stay Pebble's own.
 */
final class EscapedCacheNode extends CacheNode {
    private final BodyNode body;

    EscapedCacheNode(int lineNumber, Expression<?> name, BodyNode body) {
        super(lineNumber, name, body);
        this.body = body;
    }

    @Override
    public void accept(NodeVisitor visitor) {
        super.accept(visitor);
        body.accept(visitor);
    }
}
