package org.pizhu.ui;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.pizhu.document.Document;

/**
 * Interim {@link BlockTextConverter} on OpenCC4j, used until the script layer ({@code org.pizhu.script}) is wired in.
 */
public final class OpenCcBlockConverter implements BlockTextConverter {
    private static final int UNKNOWN = -1;
    private final AtomicIntegerArray folded = new AtomicIntegerArray(Character.MAX_VALUE + 1);

    /** A converter with an empty folding cache. */
    public OpenCcBlockConverter() {
        for (int i = 0; i < folded.length(); i++) {
            folded.set(i, UNKNOWN);
        }
    }

    @Override
    public String convert(Document document, int blockIndex, ScriptChoice target) {
        String text = document.blocks().get(blockIndex).text();
        return switch (target) {
            case ORIGINAL -> text;
            case SIMPLIFIED -> ZhConverterUtil.toSimple(text);
            case TRADITIONAL -> ZhConverterUtil.toTraditional(text);
            case TAIWAN -> ZhTwConverterUtil.toTraditional(text);
            case HONG_KONG -> ZhHkConverterUtil.toTraditional(text);
        };
    }

    @Override
    public char fold(char c) {
        int cached = folded.get(c);
        if (cached != UNKNOWN) {
            return (char) cached;
        }
        char result = c;
        if (c >= 0x3400 && !Character.isSurrogate(c)) {
            String s = ZhConverterUtil.toSimple(String.valueOf(c));
            if (s.length() == 1) {
                result = s.charAt(0);
            }
        }
        folded.set(c, result);
        return result;
    }

    @Override
    public void warmUp() {
        ZhConverterUtil.toSimple("們");
        ZhConverterUtil.toTraditional("们");
    }
}
