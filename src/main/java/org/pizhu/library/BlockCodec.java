package org.pizhu.library;

import java.nio.ByteBuffer;
import org.pizhu.document.SourceMap;

/** Stores a block's {@link SourceMap} as a blob of (text start, source start) runs, 8 bytes each. */
final class BlockCodec {
    private BlockCodec() {
    }

    static byte[] encode(SourceMap map) {
        int n = map.textLength();
        ByteBuffer buf = ByteBuffer.allocate(16);
        int prev = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int s = map.sourceOffset(i);
            if (s != prev + 1) {
                if (buf.remaining() < 8) {
                    ByteBuffer bigger = ByteBuffer.allocate(buf.capacity() * 2);
                    buf.flip();
                    bigger.put(buf);
                    buf = bigger;
                }
                buf.putInt(i).putInt(s);
            }
            prev = s;
        }
        byte[] out = new byte[buf.position()];
        buf.flip();
        buf.get(out);
        return out;
    }

    static SourceMap decode(byte[] blob, int textLength, int sourceStart) {
        if (blob.length == 0) {
            return SourceMap.contiguous(sourceStart, textLength);
        }
        ByteBuffer buf = ByteBuffer.wrap(blob);
        int runs = blob.length / 8;
        if (runs == 1) {
            buf.getInt();
            return SourceMap.contiguous(buf.getInt(), textLength);
        }
        SourceMap.Builder b = new SourceMap.Builder();
        int[] textStarts = new int[runs + 1];
        int[] sourceStarts = new int[runs];
        for (int r = 0; r < runs; r++) {
            textStarts[r] = buf.getInt();
            sourceStarts[r] = buf.getInt();
        }
        textStarts[runs] = textLength;
        for (int r = 0; r < runs; r++) {
            for (int i = textStarts[r]; i < textStarts[r + 1]; i++) {
                b.append(sourceStarts[r] + i - textStarts[r]);
            }
        }
        return b.build(sourceStart);
    }
}
