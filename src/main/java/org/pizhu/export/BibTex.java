package org.pizhu.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.pizhu.library.DocumentMeta;

/**
 * The exported documents as BibTeX/biblatex entries ({@code @article}, keyed by the citekey) for Zotero, JabRef or
 * LaTeX. Values are braced with TeX's special characters escaped; each author is braced whole unless written
 * "Family, Given", so a Chinese name is never split into first and last names.
 */
final class BibTex {
    private BibTex() {
    }

    static String render(List<Selection.Section> sections) {
        StringBuilder out = new StringBuilder();
        for (Selection.Section s : sections) {
            entry(out, s.source().citation());
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, DocumentMeta m) {
        out.append("@article{").append(m.citekey()).append(",\n");
        List<String> authors = new ArrayList<>();
        for (String a : m.authors()) {
            authors.add(a.contains(", ") ? escape(a) : "{" + escape(a) + "}");
        }
        field(out, "author", String.join(" and ", authors), false);
        field(out, "title", m.title(), true);
        field(out, "journal", m.outlet(), true);
        field(out, "date", m.date(), true);
        Matcher d = CslJson.ISO_DATE.matcher(m.date());
        if (d.matches()) {
            field(out, "year", d.group(1), true);
        }
        field(out, "pages", m.page(), true);
        field(out, "note", m.section().isEmpty() ? "" : "Section: " + m.section(), true);
        field(out, "url", m.url().replace("{", "%7B").replace("}", "%7D"), false);
        field(out, "langid", m.language(), true);
        out.append("}\n\n");
    }

    private static void field(StringBuilder out, String name, String value, boolean escape) {
        if (!value.isEmpty()) {
            out.append("  ").append(name).append(" = {").append(escape ? escape(value) : value).append("},\n");
        }
    }

    /** {@code s} with TeX's special characters written as commands, so braces always balance. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
