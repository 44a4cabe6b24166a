package org.pizhu.export;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;

/**
 * Script conversion with opencc4j's ready-made utilities: a stop-gap until the script layer's converter (with its
 * phrase tables and offset maps) is wired into {@link TextConverter#standard()}.
 */
final class Opencc4jConverter implements TextConverter {
    static final Opencc4jConverter INSTANCE = new Opencc4jConverter();

    private Opencc4jConverter() {
    }

    @Override
    public String convert(String text, ScriptTarget target) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (target) {
            case ORIGINAL -> text;
            case TRADITIONAL -> ZhConverterUtil.toTraditional(text);
            case SIMPLIFIED -> ZhConverterUtil.toSimple(text);
            case HONG_KONG -> ZhHkConverterUtil.toTraditional(text);
            case TAIWAN -> ZhTwConverterUtil.toTraditional(text);
        };
    }
}
