package org.pizhu.library;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a citation of a document needs, as the user edited it (empty fields: not set, so the value the engine found,
 * or none, is used).
 *
 * @param title    the title to cite (empty: the document's title)
 * @param authors  authors or reporters, in byline order
 * @param outlet   the newspaper, magazine or site (CSL {@code container-title})
 * @param date     publication date, ISO 8601: {@code 2024}, {@code 2024-03} or {@code 2024-03-05}
 * @param section  the paper's section
 * @param page     the page (range)
 * @param url      where it was published online
 * @param language BCP 47 language tag, e.g. {@code zh-Hant}
 * @param citekey  the key Markdown and BibTeX cite it by (empty: a key derived from the text)
 */
public record DocumentMeta(String title, List<String> authors, String outlet, String date, String section, String page,
                           String url, String language, String citekey) {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0?[1-9]|1[0-2])(-(0?[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern CITEKEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_:.-]*");

    /** Nothing set. */
    public static final DocumentMeta EMPTY = new DocumentMeta("", List.of(), "", "", "", "", "", "", "");

    public DocumentMeta {
        title = clean(title);
        authors = authors == null ? List.of() : authors.stream().map(DocumentMeta::clean).filter(a -> !a.isEmpty())
                .distinct().toList();
        outlet = clean(outlet);
        date = clean(date);
        section = clean(section);
        page = clean(page);
        url = clean(url);
        language = clean(language);
        citekey = clean(citekey);
    }

    /** Each field of this one, or of {@code defaults} where this one is empty. */
    public DocumentMeta orElse(DocumentMeta defaults) {
        return new DocumentMeta(or(title, defaults.title), authors.isEmpty() ? defaults.authors : authors,
                or(outlet, defaults.outlet), or(date, defaults.date), or(section, defaults.section),
                or(page, defaults.page), or(url, defaults.url), or(language, defaults.language),
                or(citekey, defaults.citekey));
    }

    private static String or(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** Whether {@code date} is a date citation data takes: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static boolean isDate(String date) {
        return DATE.matcher(date.strip()).matches();
    }

    /** Whether {@code key} can be a citekey (BibTeX and Pandoc): letters, digits and {@code _ : . -}. */
    public static boolean isCitekey(String key) {
        return CITEKEY.matcher(key.strip()).matches();
    }
}
