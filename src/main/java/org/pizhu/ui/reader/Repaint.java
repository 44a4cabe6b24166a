package org.pizhu.ui.reader;

import java.util.Set;

/**
 * A request to redraw the annotation marks of some blocks.
 *
 * @param serial increases with every request, so equal requests still notify
 * @param blocks the blocks to redraw (ignored when {@code all})
 * @param all    whether to redraw every block
 */
public record Repaint(long serial, Set<Integer> blocks, boolean all) {
    public Repaint {
        blocks = Set.copyOf(blocks);
    }
}
