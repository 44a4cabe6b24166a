package org.pizhu.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.pizhu.library.DocumentMeta;

/**
 * A bibliography entry for one document in a citation style, as plain text: for the window's "copy with citation".
 * It covers the one kind of item Pizhu has (a newspaper or web article, the outlet as container) and follows the
 * official CSL styles as citeproc renders them ({@code chicago-author-date}, {@code apa},
 * {@code china-national-standard-gb-t-7714-2015-author-date}); a CSL processor is not shipped for three short rules.
 * Authors are literal names (Chinese bylines) or {@code Family, Given}.
 */
public enum CitationStyle {
    /** Chicago Manual of Style, author-date. */
    CHICAGO("Chicago"),
    /** GB/T 7714-2015, author-date (著者-出版年制). */
    GBT7714("GB/T 7714"),
    /** APA, 7th edition. */
    APA("APA");

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private final String label;

    CitationStyle(String label) {
        this.label = label;
    }

    /** The style's short name, as shown in a menu. */
    public String label() {
        return label;
    }

    /** The short name (what a choice box shows). */
    @Override
    public String toString() {
        return label;
    }

    /** The style named {@code name} (an enum name), or Chicago. */
    public static CitationStyle parse(String name) {
        for (CitationStyle s : values()) {
            if (s.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return s;
            }
        }
        return CHICAGO;
    }

    /** The bibliography entry for {@code m}. */
    public String reference(DocumentMeta m) {
        return switch (this) {
            case CHICAGO -> chicago(m);
            case GBT7714 -> gbt(m);
            case APA -> apa(m);
        };
    }

    private static String chicago(DocumentMeta m) {
        StringBuilder s = new StringBuilder();
        String year = year(m.date());
        year = year.isEmpty() ? "n.d" : year;
        String title = "\u201c" + m.title();
        if (m.authors().isEmpty() && m.outlet().isEmpty()) {
            s.append(title).append(".\u201d ").append(year).append('.');
        } else if (m.authors().isEmpty()) {
            // The outlet stands for the author, and is not named again after the title.
            List<String> rest = new ArrayList<>();
            if (!longDate(m.date(), false).isEmpty()) {
                rest.add(longDate(m.date(), false));
            }
            if (!m.section().isEmpty()) {
                rest.add("sec. " + m.section());
            }
            s.append(period(m.outlet())).append(' ').append(year).append(". ").append(title)
                    .append(rest.isEmpty() ? ".\u201d" : ",\u201d " + String.join(", ", rest) + ".");
        } else {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < m.authors().size(); i++) {
                names.add(i == 0 ? m.authors().get(i) : givenFirst(m.authors().get(i)));
            }
            s.append(period(join(names, ", and "))).append(' ').append(year).append(". ").append(title)
                    .append(".\u201d");
            if (!m.outlet().isEmpty()) {
                s.append(' ').append(m.outlet());
                String date = longDate(m.date(), false);
                if (!date.isEmpty()) {
                    s.append(", ").append(date);
                }
                if (!m.section().isEmpty()) {
                    s.append(", sec. ").append(m.section());
                }
                s.append('.');
            }
        }
        if (!m.url().isEmpty()) {
            s.append(' ').append(m.url()).append('.');
        }
        return s.toString();
    }

    private static String apa(DocumentMeta m) {
        StringBuilder s = new StringBuilder();
        // An article without an outlet is dated by its year and names its page after the title.
        String date = m.outlet().isEmpty() ? year(m.date()) : longDate(m.date(), true);
        String when = "(" + (date.isEmpty() ? "n.d." : date) + ").";
        String title = period(m.title() + (m.outlet().isEmpty() && !m.page().isEmpty() ? " (p. " + m.page() + ")" : ""));
        if (m.authors().isEmpty()) {
            s.append(title).append(' ').append(when);
        } else {
            s.append(period(join(m.authors().stream().map(CitationStyle::initials).toList(), ", & "))).append(' ')
                    .append(when).append(' ').append(title);
        }
        if (!m.outlet().isEmpty()) {
            s.append(' ').append(m.outlet()).append(m.page().isEmpty() ? "" : ", " + m.page()).append('.');
        }
        if (!m.url().isEmpty()) {
            s.append(' ').append(m.url());
        }
        return s.toString();
    }

    private static String gbt(DocumentMeta m) {
        StringBuilder s = new StringBuilder();
        List<String> names = m.authors().stream().map(CitationStyle::upperFamily).toList();
        if (names.size() > 3) {
            names = new ArrayList<>(names.subList(0, 3));
            names.add("\u7b49");
        }
        String year = year(m.date());
        if (!names.isEmpty() || !year.isEmpty()) {
            s.append(names.isEmpty() ? "\u4f5a\u540d" : String.join(", ", names));
            s.append(year.isEmpty() ? "" : ", " + year).append(". ");
        }
        s.append(m.title()).append(m.outlet().isEmpty() ? "[M" : "[N")
                .append(m.url().isEmpty() ? "]. " : "/OL]. ");
        if (!m.outlet().isEmpty()) {
            s.append(m.outlet()).append(m.date().isEmpty() ? "" : ", " + m.date())
                    .append(m.page().isEmpty() ? "" : ": " + m.page()).append('.');
        } else if (!m.page().isEmpty()) {
            s.append(m.page()).append('.');
        } else if (!m.date().isEmpty()) {
            s.append('(').append(m.date()).append(").");
        }
        if (!m.url().isEmpty()) {
            s.append(' ').append(m.url()).append('.');
        }
        return s.toString().strip();
    }

    /** {@code a, b, c<last>d}: commas, and the style's word before the last name. */
    private static String join(List<String> names, String last) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + last + names.get(names.size() - 1);
    }

    private static String period(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    private static String year(String date) {
        Matcher d = CslJson.ISO_DATE.matcher(date);
        return d.matches() ? d.group(1) : date;
    }

    /** {@code March 5, 2024} (Chicago) or {@code 2024, March 5} (APA); a date that is not ISO 8601 as it is. */
    private static String longDate(String date, boolean yearFirst) {
        Matcher d = CslJson.ISO_DATE.matcher(date);
        if (!d.matches() || d.group(2) == null) {
            return date;
        }
        int month = Integer.parseInt(d.group(2));
        if (month < 1 || month > 12) {
            return date;
        }
        String md = MONTHS[month - 1] + (d.group(3) == null ? "" : " " + Integer.parseInt(d.group(3)));
        if (yearFirst) {
            return d.group(1) + ", " + md;
        }
        return md + (d.group(3) == null ? " " : ", ") + d.group(1);
    }

    /** {@code Smith, John} as {@code John Smith}; a literal name as it is. */
    private static String givenFirst(String name) {
        int comma = name.indexOf(", ");
        return comma > 0 ? name.substring(comma + 2) + " " + name.substring(0, comma) : name;
    }

    /** {@code Lee, Ann Marie} as {@code Lee, A. M.}. */
    private static String initials(String name) {
        int comma = name.indexOf(", ");
        if (comma <= 0) {
            return name;
        }
        StringBuilder s = new StringBuilder(name.substring(0, comma)).append(',');
        for (String given : name.substring(comma + 2).split("\\s+")) {
            s.append(' ').appendCodePoint(given.codePointAt(0)).append('.');
        }
        return s.toString();
    }

    /** {@code Lee, Ann Marie} as {@code LEE A M} (GB/T 7714). */
    private static String upperFamily(String name) {
        int comma = name.indexOf(", ");
        if (comma <= 0) {
            return name;
        }
        StringBuilder s = new StringBuilder(name.substring(0, comma).toUpperCase(Locale.ROOT));
        for (String given : name.substring(comma + 2).split("\\s+")) {
            s.append(' ').appendCodePoint(given.codePointAt(0));
        }
        return s.toString();
    }
}
