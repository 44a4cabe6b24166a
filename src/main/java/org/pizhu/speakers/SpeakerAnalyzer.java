package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;

/**
 * Finds who speaks in a reflowed document: speakers with titles and aliases, the speaker of each paragraph and
 * caption, attributed quotations, and the reporters named in bylines. Rules only (speech verbs, surnames, titles,
 * organisation endings, bylines, story boundaries); linear in the length of the text. Thread-safe.
 */
public final class SpeakerAnalyzer {

    /**
     * The rules and their word lists (lexicon.txt, names.tsv), loaded on the first analysis rather than when an
     * analyzer is made, so that making one at start-up costs nothing (the window's first frame does not wait for the
     * lists). Stateless, shared by all analyzers.
     */
    private static final class Rules {
        static final CueFinder CUES = new CueFinder();
        static final NameReader NAMES = new NameReader();
        static final Subjects SUBJECTS = new Subjects(NAMES);
        static final FullNames FULL_NAMES = new FullNames(NAMES);
        static final OrganisationReader ORGANISATIONS = new OrganisationReader(NAMES);
        static final Bylines BYLINES = new Bylines();
        static final Titles TITLES = new Titles();
        static final DocumentNames DOCUMENT_NAMES = new DocumentNames(NAMES);
        static final CutNames CUT_NAMES = new CutNames(NAMES);

        private Rules() {
        }
    }

    /** Analyses a document; a document without speakers gives empty lists. */
    public SpeakerAnalysis analyze(Document document) {
        List<Block> blocks = document.blocks();
        SpeakerBook book = new SpeakerBook();
        Story story = new Story();
        story.document = blocks;
        Set<String> reporters = new LinkedHashSet<>();
        Set<String> publishers = new HashSet<>();
        Map<String, Credit> credits = new LinkedHashMap<>();
        SpeakerBook.Entry[] attributed = new SpeakerBook.Entry[blocks.size()];
        SpeakerBook.Entry headingSpeaker = null;
        boolean previousPlainHeading = false;
        Map<String, String> defined = new HashMap<>();
        Map<String, String> fullNames = new HashMap<>();
        Map<String, String> shortForms = new HashMap<>();
        for (Block b : blocks) {
            if (b.kind().isRunningText()) {
                Rules.ORGANISATIONS.abbreviationsIn(b.text(), defined, shortForms);
                Rules.FULL_NAMES.in(b.text(), fullNames);
            }
        }
        PartyForms.in(blocks, Rules.ORGANISATIONS, shortForms);
        fullNames.forEach(book::personName);
        defined.forEach((abbreviation, full) -> book.fullName(full, abbreviation));
        shortForms.forEach(book::fullName);
        Set<String> allAbbreviations = new HashSet<>(defined.keySet());
        allAbbreviations.addAll(shortForms.keySet());
        WordSet abbreviations = new WordSet(allAbbreviations);
        Set<String> known = Rules.DOCUMENT_NAMES.in(blocks);
        known.addAll(RepeatedFamiliarNames.in(blocks)); // 阿財…阿財說: a familiar name the story keeps using
        fullNames.keySet().stream().filter(n -> n.length() == 2 && Lexicon.INSTANCE.nicknames.contains(n.charAt(0)))
                .forEach(known::add); // 阿暖（王秀暖）…阿暖說: a familiar name the text defines is a name however rare
        WordSet people = new WordSet(known);
        EarlierNames earlier = new EarlierNames(blocks, Rules.SUBJECTS, Rules.NAMES);
        List<BlockReadings.Reading> readings = BlockReadings.of(blocks, Rules.CUES, Rules.BYLINES, abbreviations, people);
        for (Block b : blocks) {
            String t = b.text();
            switch (b.kind()) {
                case BYLINE, CREDIT -> {
                    story.statement = null;
                    String raw = WrittenByline.of(document, b);
                    List<String> named = Rules.BYLINES.inByline(raw);
                    String publisher = Rules.BYLINES.publisherIn(raw);
                    if (publisher != null) {
                        publishers.add(publisher);
                    }
                    reporters.addAll(named);
                    addCredits(credits, Rules.BYLINES.credits(raw, named));
                    SpeakerBook.Entry person = story.lastPerson;
                    story.reset();
                    if (BlockShapes.afterLead(blocks, b.index())) {
                        story.lastPerson = person; // …阿玲說。／報導•攝影╱某某／她說，…: a credit inside the story
                    }
                    headingSpeaker = null;
                    previousPlainHeading = false;
                }
                case HEADING -> {
                    story.dialogue = false;
                    story.colonTurn = null;
                    List<String> credit = t.length() <= 24 ? Rules.BYLINES.inShortLine(WrittenByline.of(document, b)) : List.of();
                    if (!credit.isEmpty()) {
                        reporters.addAll(credit);
                        addCredits(credits, Rules.BYLINES.credits(t, credit));
                        story.reset();
                        headingSpeaker = null;
                        previousPlainHeading = false;
                        continue;
                    }
                    Cue cue = Rules.CUES.inHeading(t, QuoteSpans.of(t));
                    if (cue != null && cue.mention().name().length() <= 2 && !BlockShapes.mentionedBelow(blocks, b.index(), cue)) {
                        cue = null;
                    }
                    SpeakerBook.Entry e = cue == null ? null : book.resolve(cue.mention(), story);
                    if (e != null) {
                        story.reset();
                        story.spoke(e);
                        headingSpeaker = e;
                        previousPlainHeading = false;
                    } else if (headingSpeaker != null && isRoleLine(t)) {
                        headingSpeaker.titles.add(t.strip());
                        headingSpeaker = null;
                    } else {
                        if (previousPlainHeading) {
                            story.reset();
                        }
                        Cue intro = Rules.CUES.statementIntro(t, QuoteSpans.of(t));
                        SpeakerBook.Entry author = intro == null ? null
                                : book.resolve(earlier.forStatementAuthor(intro.mention(), book, b.index()), story);
                        if (author != null) {
                            story.statement = author; // 以下是某某聲明全文： as a heading over the statement
                        }
                        headingSpeaker = null;
                        previousPlainHeading = true;
                    }
                }
                case PARAGRAPH, CAPTION -> {
                    headingSpeaker = null;
                    previousPlainHeading = false;
                    Bylines.Found inline = readings.get(b.index()).bylines();
                    reporters.addAll(inline.names());
                    addCredits(credits, Rules.BYLINES.credits(t, inline.names()));
                    if (inline.leading()) {
                        story.reset();
                    }
                    if (b.kind() == BlockKind.CAPTION) {
                        story.colonTurn = null;
                    }
                    Story local = b.kind() == BlockKind.CAPTION ? captionStory(story) : story;
                    if (b.kind() == BlockKind.PARAGRAPH && BlockShapes.readsAsHeading(t)) {
                        continue; // “塞纸”疑云: a sub-heading typed as a paragraph reports nobody's words
                    }
                    attributed[b.index()] = attribute(b, book, local, earlier, readings.get(b.index()));
                    if (inline.trailing()) {
                        story.reset();
                    }
                }
                default -> throw new IllegalStateException("unknown block kind " + b.kind());
            }
        }
        KnownNames.attribute(blocks, book, attributed, Rules.NAMES, Rules.CUES);
        Letters.attribute(blocks, book, attributed, reporters, Rules.BYLINES);
        Rules.CUT_NAMES.complete(blocks, book);
        book.mergeSurnameForms();
        for (String r : reporters) {
            book.remove(r);
        }
        publishers.forEach(book::remove); // 眾新聞獲悉: the text's own outlet reports, it is no speaker
        TitleCollector.collect(blocks, book, Rules.TITLES);
        return AnalysisResult.of(blocks, book, attributed, reporters, new ArrayList<>(credits.values()));
    }

    /** Adds credits by name: the first role a name is credited with is kept. */
    private static void addCredits(Map<String, Credit> into, List<Credit> found) {
        for (Credit c : found) {
            into.putIfAbsent(c.name(), c);
        }
    }

    /** A caption's own story: its pronouns stand for the person who spoke last in the text around it (▲…他表示). */
    private static Story captionStory(Story story) {
        Story local = new Story();
        local.lastPerson = story.lastPerson;
        return local;
    }

    private SpeakerBook.Entry attribute(Block b, SpeakerBook book, Story story, EarlierNames earlier, BlockReadings.Reading reading) {
        String t = b.text();
        QuoteSpans quotes = reading.quotes();
        Mention author = ArticleAuthors.authorIn(t, quotes, Rules.NAMES);
        if (author != null) {
            story.articleAuthor = author;
        }
        List<Cue> cues = reading.cues();
        boolean dialogue = !cues.isEmpty() && cues.get(0).mention().start() <= 1
                && (cues.get(0).mention().kind() == Mention.Kind.SURNAME
                || BlockShapes.isColon(t, cues.get(0).verbStart()) && cues.get(0).verbStart() == cues.get(0).mention().end());
        if (BlockShapes.isQuestionLine(t) || Interviews.isDashQuestion(t)) {
            story.dialogue = false;
            story.statement = null; // 記者：… in a transcript a body published is the interviewer's, not the body's
            if (story.interviewee == null && story.document != null) {
                story.interviewee = Interviews.intervieweeAbove(story.document, b.index(), Rules.SUBJECTS);
            }
            story.answering = story.interviewee != null;
            return null;
        }
        SpeakerBook.Entry answerer = cues.isEmpty() && story.answering && b.kind() == BlockKind.PARAGRAPH
                ? book.resolve(story.interviewee, story) : null;
        if (answerer != null) {
            answerer.statements.add(b.index());
            return answerer; // 問：…？ and the paragraphs after it: the interviewee's answer
        }
        story.answering = false;
        if (cues.isEmpty() && story.dialogue && story.last != null && b.kind() == BlockKind.PARAGRAPH) {
            story.last.statements.add(b.index());
            return story.last;
        }
        boolean item = Chars.opensWithBullet(t);
        if ((cues.isEmpty() || item) && story.colonTurn != null && b.kind() == BlockKind.PARAGRAPH && (item || !story.listed)) {
            story.colonTurn.statements.add(b.index());
            return story.colonTurn; // the words announced by 他續說： above, or the items of the list it announced
        }
        story.colonTurn = null;

        story.dialogue = false;
        List<Cue> counted = new ArrayList<>(cues.size());
        List<SpeakerBook.Entry> entries = new ArrayList<>(cues.size());
        int sentence = 0;
        int scanned = 0;
        int lastCountedSentence = -1;
        for (Cue c : cues) {
            for (; scanned < c.mention().start(); scanned++) {
                if (sentenceEnds(t, scanned, quotes)) {
                    sentence++;
                }
            }
            if (sentence == lastCountedSentence && !c.contrast()) {
                continue;
            }
            Mention m = c.mention();
            if (m.kind() == Mention.Kind.PRONOUN) {
                int from = counted.isEmpty() ? 0 : counted.get(counted.size() - 1).verbEnd();
                Mention antecedent = counted.isEmpty() ? Rules.SUBJECTS.titledPersonBetween(t, from, m.start(), quotes)
                        : Rules.SUBJECTS.strictlyTitledPersonBetween(t, from, m.start(), quotes);
                Mention woman = Lexicon.INSTANCE.femalePronouns.contains(m.name())
                        ? Rules.SUBJECTS.womanBetween(t, from, m.start(), quotes) : null;
                if (woman != null) {
                    antecedent = woman; // 她說 after 妹妹某某: the woman the text names, not the man before her
                } else if (antecedent != null && Lexicon.INSTANCE.femalePronouns.contains(m.name())
                        && Rules.SUBJECTS.markedMale(t, antecedent)) {
                    antecedent = Rules.SUBJECTS.titledPersonBetween(t, from, antecedent.start(), quotes); // 她 after 爸爸某某
                }
                Mention surname = Rules.SUBJECTS.surnameSubjectBetween(t, from, m.start(), quotes, book::knowsSurname);
                if (surname != null && (antecedent == null || surname.start() > antecedent.end())) {
                    antecedent = surname; // 邱在火場內看到…。他認為: the clause's subject, a surname for a name met before
                }
                antecedent = antecedent != null ? antecedent : book.quotedPersonBetween(t, from, m.start()); // 「發哥」…他
                m = antecedent != null ? antecedent : m;
            }
            m = earlier.forFamiliar(earlier.forTitledSurname(book.knownForm(m, t), book, b.index()), book, b.index());
            SpeakerBook.Entry e = book.resolve(m, story);
            if (e == null && m.kind() == Mention.Kind.SURNAME) {
                e = resolveEarlier(earlier.withSurname(m.surname(), b.index(), t.substring(0, m.start())), book, story);
            } else if (e == null && m.kind() == Mention.Kind.TITLE) {
                e = resolveEarlier(earlier.withTitle(m.title(), b.index(), m.start()), book, story);
            }
            if (e == null) {
                continue;
            }
            lastCountedSentence = sentence;
            counted.add(c);
            entries.add(e);
            story.spoke(e);
            for (Mention other : CoordinatedSpeakers.before(t, m, Rules.NAMES, quotes)) {
                SpeakerBook.Entry joined = book.resolve(other, story);
                if (joined == null && other.kind() == Mention.Kind.SURNAME) {
                    joined = resolveEarlier(earlier.withSurname(other.surname(), b.index()), book, story); // 何及陳質疑
                }
                if (joined != null && joined != e) {
                    joined.statements.add(b.index()); // 警方及保安局發聲明指: both speak, the block stays the nearer one's
                }
            }
        }
        SpeakerBook.Entry speaker = entries.isEmpty() ? null : entries.get(0);
        story.dialogue = dialogue && speaker != null;
        if (story.statement != null && b.kind() == BlockKind.PARAGRAPH) {
            if (speaker == null) {
                speaker = story.statement;
            } else if (speaker != story.statement) {
                story.statement = null;
            }
        }
        Cue intro = b.kind() == BlockKind.PARAGRAPH ? Rules.CUES.statementIntro(t, quotes) : null;
        if (intro != null) {
            story.statement = book.resolve(earlier.forStatementAuthor(intro.mention(), book, b.index()), story);
            if (speaker == null && intro.verbEnd() > intro.verbStart()) {
                speaker = story.statement;
            }
        }
        if (b.kind() == BlockKind.PARAGRAPH && quotes.count() > 0 && quotes.start(0) <= 1 && counted.isEmpty()) {
            SpeakerBook.Entry after = resolveEarlier(FreeQuotes.subjectAfterOpening(t, quotes, Rules.SUBJECTS), book, story);
            if (after != null) {
                speaker = after;
                if (!entries.contains(after)) {
                    entries.add(0, after);
                    counted.add(0, new Cue(new Mention(quotes.end(0), quotes.end(0), Mention.Kind.PERSON, after.name,
                            null, null, true), quotes.end(0), quotes.end(0), false));
                }
            }
        }
        if (speaker == null && b.kind() == BlockKind.PARAGRAPH && quotes.count() > 0 && quotes.start(0) <= 1
                && quotes.end(0) - quotes.start(0) >= t.length() * 0.6 && quotes.isSpeech(t, 0)) {
            Mention protagonist = story.last == null ? Protagonists.recurring(story.paragraphAbove, Rules.SUBJECTS,
                    story.document, b.index()) : null;
            speaker = story.last != null ? story.last : protagonist != null ? book.resolve(protagonist, story) : null;
        }
        if (speaker == null && (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.CAPTION) && counted.isEmpty()) {
            speaker = FreeQuotes.speaker(t, quotes, Rules.SUBJECTS, book, story);
        }
        if (speaker == null && b.kind() == BlockKind.PARAGRAPH && counted.isEmpty()
                && FreeQuotes.aboutTheLastSpeaker(t, quotes, story.last)) {
            speaker = story.last; // “表演是一輩子的事業。”在游本昌的住處…: words in a paragraph about the last speaker
        }
        List<SpeakerBook.Entry> taking = new ArrayList<>(entries);
        Questioners.in(t, Rules.NAMES, quotes).forEach(q -> taking.add(book.resolve(q, story))); // 在大狀某某查問下
        for (SpeakerBook.Entry e : taking) {
            e.statements.add(b.index());
        }
        if (speaker != null) {
            speaker.statements.add(b.index());
        }
        QuoteAttribution.attribute(b, quotes, counted, entries, speaker);
        SpeakerBook.Entry turn = b.kind() == BlockKind.PARAGRAPH ? ColonQuotes.turn(t, quotes, counted, entries) : null;
        story.listed = turn == null && b.kind() == BlockKind.PARAGRAPH && endsWithColon(t);
        story.colonTurn = story.listed ? speaker : turn; // 李官形容證據…包括：, then the list
        story.paragraphAbove = b.kind() == BlockKind.PARAGRAPH ? b : null;
        return speaker;
    }

    private static boolean endsWithColon(String t) {
        String s = t.stripTrailing();
        return !s.isEmpty() && BlockShapes.isColon(s, s.length() - 1);
    }

    /** Whether a sentence ends at {@code i}: a sentence end outside quotations, or a quotation closing after one (。」). */
    private static boolean sentenceEnds(String t, int i, QuoteSpans quotes) {
        char c = t.charAt(i);
        return Chars.isSentenceEnd(c) && !quotes.inside(i)
                || Chars.isCloseQuote(c) && i > 0 && Chars.isSentenceEnd(t.charAt(i - 1));
    }

    private static SpeakerBook.Entry resolveEarlier(Mention full, SpeakerBook book, Story story) {
        return full == null ? null : book.resolve(full, story);
    }

    private boolean isRoleLine(String t) {
        String s = t.strip();
        return s.length() <= 30 && s.indexOf('：') < 0 && s.indexOf(':') < 0 && Rules.TITLES.isTitlePhrase(s.replace(" ", ""));
    }
}
