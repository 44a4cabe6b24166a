package org.pizhu.corpus;

import java.nio.file.Path;

/**
 * One text to score: where it comes from, how it is laid out, and its gold.
 *
 * @param id     a short unique name, e.g. {@code dev2/01.b} or {@code gen/own-012.w14-blank}
 * @param set    the corpus it belongs to: {@code dev2}, {@code seed}, {@code dev}, {@code own}, {@code generated}
 * @param layout how it is broken: {@code a}…{@code d} for dev2, {@code original}, or the generator's layout name
 * @param script {@code traditional}, {@code simplified} or {@code ?}
 * @param genre  {@code news} (texts with interviewed speakers) or another genre word
 * @param split  {@code tune}, {@code holdout}, {@code fresh}, or {@code dev} for corpora made for development
 * @param text   the text as the reader would get it
 * @param file   the file it was read from, or null for generated texts
 * @param gold   its gold reading
 */
public record CorpusText(String id, String set, String layout, String script, String genre, String split,
                         String text, Path file, Gold gold) {
}
