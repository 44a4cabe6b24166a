package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The speakers met so far and how mentions resolve to them: full names, names with titles, surname forms
 * ({@code 陳主席}, {@code 李指}), pronouns and {@code 該局} to the last speaker of the story.
 */
final class SpeakerBook {

    /** A speaker being collected. */
    static final class Entry {
        final String name;
        final SpeakerKind kind;
        final Set<String> titles = new LinkedHashSet<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final BlockIndexes statements = new BlockIndexes();
        final List<Quote> quotes = new ArrayList<>();
        final String aliasSurname;
        int lastUse;
        /** Occurrences of the name read for titles so far. */
        int titleOccurrences;

        Entry(String name, SpeakerKind kind, String aliasSurname) {
            this.name = name;
            this.kind = kind;
            this.aliasSurname = aliasSurname;
        }
    }

    private final Map<String, Entry> byName = new LinkedHashMap<>();
    /** Names the text resolves to another: familiar to full (阿明 → 何家明), an organisation to its abbreviation. */
    private final Map<String, String> fullNames = new HashMap<>();
    private final Set<String> personForms = new HashSet<>();
    private final Map<String, Entry> byAlias = new HashMap<>();
    /** The organisation last used, by the last character of its name (for 署方, 局方). */
    private final Map<Character, Entry> lastOrgByEnd = new HashMap<>();
    /** The people of {@link #byName} by the first character of their name, in the same order. */
    private final Map<Character, List<Entry>> peopleByInitial = new HashMap<>();
    private final Set<String> noLongerForm = new HashSet<>();
    private final Lexicon lex = Lexicon.INSTANCE;
    private int clock;

    /**
     * A side word alone ({@code 署方}, {@code 局方}): the organisation last named with that head character
     * ({@code 某某署}); else the side word itself when it names a party of its own ({@code 校方}), else null.
     */
    private Entry side(String word) {
        Entry org = lastOrgByEnd.get(word.charAt(0));
        return org != null ? org : lex.orgWords.contains(word) ? named(word, SpeakerKind.ORGANIZATION, null) : null;
    }

    /** The body last named whose name ends with a head noun used alone ({@code 工會} for 某某僱員工會), or null. */
    private Entry lastBodyEndingWith(String head) {
        Entry best = null;
        for (Entry e : byName.values()) {
            if (e.kind == SpeakerKind.ORGANIZATION && e.name.length() > head.length() && e.name.endsWith(head)
                    && (best == null || e.lastUse > best.lastUse)) {
                best = e;
            }
        }
        return best;
    }

    /** Whether an organisation is a court by the end of its name (某地院, 上訴庭): only a court speaks through a ruling. */
    private boolean isCourt(Entry e) {
        return e != null && lex.courtEnds.matchEndingAt(e.name, e.name.length(), 0) > 0;
    }

    /** The speaker a mention stands for, creating it if needed; null when it cannot be resolved. */
    Entry resolve(Mention m, Story story) {
        if (m.kind() != Mention.Kind.PERSON && personForms.contains(m.written())) { // 「發哥」表示, 陳恭蘭（蘭姐）…蘭姐說
            return resolve(new Mention(m.start(), m.end(), Mention.Kind.PERSON, m.written(), null, null, true), story);
        }
        Entry e = switch (m.kind()) {
            case PERSON -> {
                String surname = FamiliarForms.surnameOf(m.name());
                Entry found = surname == null || fullNames.containsKey(m.name()) ? null : bySurname(surname, story);
                if (found != null) {
                    alias(found, m.name());
                    yield found;
                }
                String full = fullNames.containsKey(m.name()) ? fullNames.get(m.name()) : marriedName(m.name());
                Entry named = named(full == null ? m.name() : full, SpeakerKind.PERSON, null);
                if (full != null) {
                    named.aliases.add(m.name());
                }
                yield named;
            }
            case ORGANIZATION -> {
                String shortName = fullNames.containsKey(m.name()) ? fullNames.get(m.name()) : longerForm(m.name());
                Entry named = named(shortName == null ? m.name() : shortName, SpeakerKind.ORGANIZATION, null);
                if (shortName != null) {
                    alias(named, m.name());
                }
                yield named;
            }
            case PRONOUN -> m.name().length() > 1 ? (story.last != null && story.last.kind == SpeakerKind.PERSON
                    ? null : story.last) // 他們, 佢哋: a group, never the one person who spoke last
                    : story.lastPerson; // 他, 她: a person, never the organisation that spoke in between
            case ANAPHOR -> lex.orgSuffixes.contains(m.name()) ? lastBodyEndingWith(m.name())
                    : lex.articleWords.contains(m.name())
                    ? story.articleAuthor == null ? null : resolve(story.articleAuthor, story)
                    : lex.sides.contains(m.name()) ? side(m.name())
                    : lex.rulings.contains(m.name()) && !isCourt(story.lastOrg) ? null : story.lastOrg;
            case HEAD -> Objects.requireNonNullElseGet(lastBodyEndingWith(m.name()),
                    () -> named(m.name(), SpeakerKind.ORGANIZATION, null)); // 政府宣布: the body named so, if no other
            case TITLE -> null;
            case SURNAME -> bySurname(m.surname(), story);
            case SURNAME_TITLE -> {
                if (lex.courtesy.contains(m.title())) {
                    yield named(m.written(), SpeakerKind.PERSON, null);
                }
                Entry found = bySurname(m.surname(), story);
                boolean trade = lex.trades.contains(m.title());
                if (trade && found != null && found.name.length() < m.surname().length() + 2
                        || lex.kinship.contains(m.title()) && found != null && FamiliarForms.other(found.name, m)) {
                    found = null; // 鄭老闆 after 鄭太, 陳伯 after 陳婆婆: a full name only, not another short form
                }
                if (found == null && m.title().length() > 1 && !trade) {
                    yield null; // 曲局長, 許牧師 with no one of that surname named: an office, nobody's name
                }
                yield found != null ? found : named(m.written(), SpeakerKind.PERSON, m.surname());
            }
        };
        if (e == null) {
            return null;
        }
        if (m.title() != null) {
            if (!m.written().equals(e.name)) {
                e.aliases.add(m.written());
            }
            if (lex.titles.contains(m.title())) {
                e.titles.add(m.title());
            }
        }
        e.lastUse = ++clock;
        if (e.kind == SpeakerKind.ORGANIZATION) {
            lastOrgByEnd.put(e.name.charAt(e.name.length() - 1), e);
        }
        return e;
    }

    /** Records that a name stands for another (familiar → full, organisation → its abbreviation): both resolve to it. */
    void fullName(String familiar, String full) {
        fullNames.put(familiar, full);
    }

    /** As {@link #fullName}, for a person's familiar or partial name: read as a body ({@code 「發哥」表示}) it is the person. */
    void personName(String familiar, String full) {
        fullName(familiar, full);
        personForms.add(familiar);
    }

    /**
     * The last person named in {@code t[from, to)} by a quoted nickname the text defines ({@code 「發哥」早於17歲時…，
     * 對此他笑言}): a mention of the person's full name, or null.
     */
    Mention quotedPersonBetween(String t, int from, int to) {
        Mention last = null;
        for (int close = t.indexOf('」', from); close >= 0 && close < to; close = t.indexOf('」', close + 1)) {
            int open = t.lastIndexOf('「', close);
            String nickname = open >= from ? t.substring(open + 1, close) : null;
            if (nickname != null && personForms.contains(nickname)) {
                last = new Mention(open, close + 1, Mention.Kind.PERSON, fullNames.get(nickname), null, null, true);
            }
        }
        return last;
    }

    /**
     * A person's name as a speaker already known reads it, one character longer or shorter than the mention:
     * {@code 陳肇始接受訪問} read as 陳肇 once 陳肇始 spoke, {@code 駱應淦預計} read as 應淦 once 駱應淦 spoke,
     * {@code 程翔續指} read as 程翔續 once 程翔 spoke. Other mentions unchanged.
     */
    Mention knownForm(Mention m, String t) {
        if (m.kind() != Mention.Kind.PERSON || get(m.name()) != null) {
            return m;
        }
        if (m.end() < t.length() && get(m.name() + t.charAt(m.end())) != null) {
            return new Mention(m.start(), m.end() + 1, Mention.Kind.PERSON, m.name() + t.charAt(m.end()), m.surname(),
                    m.title(), true);
        }
        if (m.start() > 0 && Chars.isHan(t.charAt(m.start() - 1)) && !peopleStartingWith(t.charAt(m.start() - 1)).isEmpty()
                && get(t.charAt(m.start() - 1) + m.name()) != null) {
            return new Mention(m.start() - 1, m.end(), Mention.Kind.PERSON, t.charAt(m.start() - 1) + m.name(),
                    String.valueOf(t.charAt(m.start() - 1)), m.title(), true);
        }
        if (m.name().length() == 3 && get(m.name().substring(0, 2)) != null) {
            return new Mention(m.start(), m.start() + 2, Mention.Kind.PERSON, m.name().substring(0, 2), m.surname(),
                    m.title(), true);
        }
        return m;
    }

    Entry get(String name) {
        Entry e = byName.get(name);
        return e != null ? e : byAlias.get(name);
    }

    /** Records another name for a speaker (an abbreviation, a full form). */
    void alias(Entry e, String alias) {
        if (!alias.equals(e.name)) {
            e.aliases.add(alias);
            byAlias.putIfAbsent(alias, e);
        }
    }

    Collection<Entry> entries() {
        return byName.values();
    }

    void remove(String name) {
        unindex(byName.remove(name));
    }

    private void unindex(Entry e) {
        if (e != null && e.kind == SpeakerKind.PERSON && !e.name.isEmpty()) {
            peopleByInitial.get(e.name.charAt(0)).remove(e);
        }
    }

    /** The people whose name starts with {@code c}, in the order they were met. */
    private List<Entry> peopleStartingWith(char c) {
        return peopleByInitial.getOrDefault(c, List.of());
    }

    /** Folds speakers first known only as {@code 陳主席} into the one full name with that surname, if unique. */
    void mergeSurnameForms() {
        for (Iterator<Entry> it = byName.values().iterator(); it.hasNext();) {
            Entry a = it.next();
            if (a.aliasSurname == null) {
                continue;
            }
            Entry target = null;
            int matches = 0;
            for (Entry e : byName.values()) {
                if (e != a && e.aliasSurname == null && e.kind == SpeakerKind.PERSON && e.name.startsWith(a.aliasSurname)
                        && e.name.length() > a.aliasSurname.length() && !(FamiliarForms.kinship(a.name, a.aliasSurname) && FamiliarForms.surnameOnly(e.name, a.aliasSurname))) {
                    target = e;
                    matches++;
                }
            }
            if (matches == 1) {
                fold(a, target);
                it.remove();
                unindex(a);
            }
        }
    }

    /**
     * Folds a person into the one named {@code full}, which the text always writes for it (a name the reader cut short),
     * keeping its place among the speakers.
     */
    void completeName(Entry cut, String full) {
        Entry into = byName.containsKey(full) || byAlias.containsKey(full) ? named(full, cut.kind, null)
                : new Entry(full, cut.kind, null);
        if (into == cut) {
            return;
        }
        fold(cut, into);
        Map<String, Entry> ordered = new LinkedHashMap<>();
        byName.forEach((name, e) -> {
            if (e != cut) {
                ordered.putIfAbsent(name, e);
            } else if (!byName.containsKey(full)) {
                ordered.put(full, into);
            }
        });
        unindex(cut);
        byName.clear();
        byName.putAll(ordered);
        if (into.kind == SpeakerKind.PERSON && !peopleStartingWith(full.charAt(0)).contains(into)) {
            peopleByInitial.computeIfAbsent(full.charAt(0), c -> new ArrayList<>()).add(into);
        }
    }

    /** Moves a speaker's names, titles, statements and quotes to another, which its name now stands for. */
    private void fold(Entry a, Entry target) {
        target.aliases.add(a.name);
        target.aliases.addAll(a.aliases);
        target.titles.addAll(a.titles);
        target.statements.addAll(a.statements);
        for (Quote q : a.quotes) {
            target.quotes.add(new Quote(q.blockIndex(), q.start(), q.end(), target.name));
        }
        byAlias.replaceAll((alias, e) -> e == a ? target : e);
        byAlias.put(a.name, target);
    }

    /**
     * The one organisation met before whose name ends in this shorter one ({@code 某某諮詢委員會} for 諮詢委員會) or
     * that a two-character short form abbreviates (its first character and one later: 民間人權陣線 for 民陣), or null;
     * names with no such form are remembered, so each distinct name is looked up once.
     */
    private String longerForm(String name) {
        if (byName.containsKey(name) || byAlias.containsKey(name) || !noLongerForm.add(name)) {
            return null;
        }
        String found = null;
        for (Entry e : byName.values()) {
            if (e.kind == SpeakerKind.ORGANIZATION && e.name.length() > name.length() && (e.name.endsWith(name) || name.length() == 2
                    && e.name.length() > 3 && e.name.charAt(0) == name.charAt(0) && e.name.indexOf(name.charAt(1), 2) > 0)) {
                if (found != null) {
                    return null;
                }
                found = e.name;
            }
        }
        if (found != null) {
            noLongerForm.remove(name);
        }
        return found;
    }

    /**
     * The Hong Kong married name a two-surname short form stands for ({@code 李陳} for a speaker 李陳美玲 met before),
     * or null.
     */
    private String marriedName(String name) {
        if (name.length() != 2 || !lex.surnames.contains(name.charAt(0)) || !lex.surnames.contains(name.charAt(1))) {
            return null;
        }
        for (Entry e : peopleStartingWith(name.charAt(0))) {
            if (e.kind == SpeakerKind.PERSON && e.name.length() == 4 && e.name.startsWith(name)) {
                return e.name;
            }
        }
        return null;
    }

    private Entry named(String name, SpeakerKind kind, String aliasSurname) {
        Entry e = byAlias.get(name);
        if (e != null) {
            return e;
        }
        e = byName.get(name);
        if (e == null) {
            e = new Entry(name, kind, aliasSurname);
            byName.put(name, e);
            if (kind == SpeakerKind.PERSON && !name.isEmpty()) {
                peopleByInitial.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(e);
            }
        }
        return e;
    }

    /** Whether a person with this surname is known (not counting a surname written alone). */
    boolean knowsSurname(String surname) {
        return latestWithSurname(surname) != null;
    }

    private Entry bySurname(String surname, Story story) {
        return matchesSurname(story.last, surname) ? story.last : latestWithSurname(surname);
    }

    private Entry latestWithSurname(String surname) {
        Entry best = null;
        for (Entry e : surname.isEmpty() ? byName.values() : peopleStartingWith(surname.charAt(0))) {
            if (matchesSurname(e, surname) && (best == null || e.lastUse > best.lastUse)) {
                best = e;
            }
        }
        return best;
    }

    private static boolean matchesSurname(Entry e, String surname) {
        return e != null && e.kind == SpeakerKind.PERSON && e.aliasSurname == null && e.name.startsWith(surname)
                && e.name.length() > surname.length();
    }
}
