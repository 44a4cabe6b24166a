package org.pizhu.speakers;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A sorted set of block indexes without duplicates, kept in an {@code int[]}: the blocks where a speaker speaks.
 * Blocks are read in order, so adding the current block is a comparison with the last element (or an append);
 * an index below the last is inserted in place. Read as an ascending list of integers.
 */
final class BlockIndexes extends AbstractList<Integer> implements RandomAccess {
    private int[] items = new int[4];
    private int size;

    /** Adds a block index; false if it was already there. */
    boolean add(int index) {
        if (size > 0 && items[size - 1] >= index) {
            if (items[size - 1] == index) {
                return false;
            }
            int at = Arrays.binarySearch(items, 0, size, index);
            if (at >= 0) {
                return false;
            }
            insert(-at - 1, index);
            return true;
        }
        insert(size, index);
        return true;
    }

    @Override
    public boolean add(Integer index) {
        return add(index.intValue());
    }

    /** Adds all indexes of {@code more}: one merge of the two sorted arrays. */
    void addAll(BlockIndexes more) {
        int[] merged = new int[Math.max(4, size + more.size)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < size || j < more.size) {
            int next = j == more.size || i < size && items[i] <= more.items[j] ? items[i++] : more.items[j++];
            if (n == 0 || merged[n - 1] != next) {
                merged[n++] = next;
            }
        }
        items = merged;
        size = n;
    }

    @Override
    public Integer get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return items[i];
    }

    @Override
    public int size() {
        return size;
    }

    private void insert(int at, int index) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        System.arraycopy(items, at, items, at + 1, size - at);
        items[at] = index;
        size++;
    }
}
