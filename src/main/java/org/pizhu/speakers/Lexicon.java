package org.pizhu.speakers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the speaker rules use (speech verbs, surnames, titles, organisation endings …), each in Traditional
 * and Simplified forms, read from {@code lexicon.txt} next to this class.
 */
final class Lexicon {
    static final Lexicon INSTANCE = load();

    final WordSet verbs;
    final WordSet notVerbs;
    /** Words ending with a speech verb's first character that report no speech (名稱, 默認). */
    final WordSet verbTails;
    /** Latin field labels, lower case without spaces (general, keywords). */
    final WordSet latinLabels;
    final WordSet between;
    final WordSet surnames;
    final WordSet compoundSurnames;
    final WordSet titles;
    final WordSet honorifics;
    final WordSet courtesy;
    final WordSet titleHeads;
    final WordSet roleEnds;
    final WordSet nicknames;
    /** Prefixes of familiar names that go with a surname only (老). */
    final WordSet surnamePrefixes;
    /** Titles of a trade after a surname ({@code 曾大狀}): a speaker of their own when no full name is above. */
    final WordSet trades;
    /** Words that open a list after a colon ({@code 以下}, {@code 如下}) and the verbs before them ({@code 有}, {@code 提出}). */
    final WordSet listMarks;
    final WordSet listVerbs;
    /** Verbs of questioning in {@code 在某某查問下} (a witness questioned by counsel). */
    final WordSet questionings;
    /** Labels of a credit before a colon ({@code Photo：某某}): no speaker's lead. */
    final WordSet creditLeads;
    final WordSet relations;
    final WordSet kinship;
    final WordSet settings;
    final WordSet orgSuffixes;
    /** Well-known organisations that speak in the news, whatever their names end in (聯合國, 港鐵, 天文台). */
    final WordSet knownOrganisations;
    /** Two-character verbs that end an organisation's name read backwards (轉達, 出席; nameverbs.txt, generated). */
    final WordSet nameVerbs;
    final WordSet orgSurnameEnds;
    final WordSet subjectFollowers;
    final WordSet timePrepositions;
    final WordSet countryEnds;
    final WordSet outletVoices;
    final WordSet citing;
    final WordSet channels;
    final WordSet weakVerbs;
    final WordSet passiveAsks;
    final WordSet questionLabels;
    final WordSet statementNouns;
    final WordSet placeEnds;
    final WordSet quantifiers;
    final WordSet notBodies;
    final WordSet numerals;
    final WordSet classifiers;
    final WordSet copulas;
    final WordSet determiners;
    final WordSet publishes;
    /** Notices a body publishes before a speech verb (消息, 通告) and the accounts it publishes on (官微). */
    final WordSet notices;
    /** Conjunctions inside one organisation's name (及, 和, 暨) and 'when' before a clause's subject (當). */
    final WordSet nameConjunctions;
    final WordSet whenWords;
    /** Words that open with a when-word but do not mean 'when' (當地, 當局). */
    final WordSet whenWordsNot;
    /** Conjunctions that join nouns only (及): inside a modifier before 的 they mark no object. */
    final WordSet nounConjunctions;
    /** Words after the short form of an organisation named in full elsewhere (龍湖方面). */
    final WordSet partySuffixes;
    /** Conjunctions that join speakers named together before one verb (及, 和, 、). */
    final WordSet coordinators;
    /** Words for an article that speaks for its author (文章指出) and what may stand between author and 文章. */
    final WordSet articleWords;
    final WordSet articleNouns;
    final WordSet articleModifiers;
    /** Verbs of requesting, which after 應 name whose request it was (應政府要求), not a speaker. */
    final WordSet requests;
    final WordSet accounts;
    /** Acts of communicating right before a one-character speech verb (道歉, 陳詞). */
    final WordSet acts;
    /** Verbs of telling someone, after an addressee the rules cannot name (說, 表示). */
    final WordSet tellVerbs;
    final WordSet introducers;
    final WordSet shortOrgEnds;
    final WordSet orgWords;
    final WordSet pronouns;
    final WordSet anaphors;
    final WordSet notNameChars;
    final WordSet notNames;
    final WordSet openers;
    final WordSet contrastBetween;
    final WordSet contrastOpeners;
    final WordSet prepositions;
    final WordSet gapOpeners;
    final WordSet gapClosers;
    final WordSet learnsFrom;
    /** Prepositions of address ({@code 對妻子某某說}): a relation or title after one introduces the addressee. */
    final WordSet addressPrepositions;
    /** Words in which 著 is no aspect marker ({@code 著名}): no verb with 著 governs what follows them. */
    final WordSet notAspects;
    /** Words of view after 在 and a name ({@code 在陳大文看來，}): the name's opinion follows. */
    final WordSet viewFrames;
    final WordSet sources;
    final WordSet topicMarkers;
    final WordSet objectMarkers;
    final WordSet addresseeMarkers;
    final WordSet passives;
    final WordSet interviewWords;
    final WordSet ownStatements;
    final WordSet femalePronouns;
    final WordSet femaleMarks;
    final WordSet evenWords;
    final WordSet evenParticles;
    final WordSet pronounBlockers;
    final WordSet enquiries;
    final WordSet replies;
    final WordSet rulings;
    final WordSet sides;
    final WordSet courtEnds;
    /**
     * The counts of {@code names.tsv} by character, the four of a character side by side (one cache line for a look-up
     * of any of them): as a surname (role B), and as the first, the last and the only given-name character; 0 for a
     * character never seen so.
     */
    private final int[] nameCounts = new int[4 * (Character.MAX_VALUE + 1)];
    /** Given-name scores by character (see {@link #givenScore}). */
    private final short[] givenScores = new short[Character.MAX_VALUE + 1];
    /** Foreign scores of characters of transliterated names (names.tsv, T), per mille; 0 for other characters. */
    private final char[] foreignScores = new char[Character.MAX_VALUE + 1];
    /** Two-character common words that start with a surname (黄金, 游客), with their corpus counts. */
    final Map<String, Integer> commonWords = new HashMap<>();
    /** Two-character common words that end with a surname (部门, 工程; names.tsv, E), with their corpus counts. */
    private final Map<String, Integer> wordsBeforeSurname = new HashMap<>();
    /** {@link #wordsBeforeSurname} for look-ups by two characters of a text. */
    final PairCounts wordBeforeSurnamePairs;
    /** Two-character words that open with a given-name character and are mostly verbs (names.tsv, V). */
    final Set<String> commonVerbs = new HashSet<>();
    /** {@link #commonWords} and {@link #commonVerbs} for look-ups by two characters of a text. */
    final PairCounts commonWordPairs;
    final PairCounts commonVerbPairs;
    private final Map<String, List<String>> raw;

    private Lexicon(Map<String, List<String>> lists) {
        this.raw = lists;
        verbs = set("verbs");
        notVerbs = set("notverbs");
        verbTails = set("verbtails");
        latinLabels = set("latinlabels");
        between = new WordSet(withAdverbs(raw.get("between")));
        surnames = set("surnames");
        compoundSurnames = set("compound");
        titles = set("titles");
        honorifics = set("honorifics");
        courtesy = set("courtesy");
        titleHeads = set("titleheads");
        roleEnds = set("roleends");
        nicknames = set("nicknames");
        surnamePrefixes = set("surnameprefixes");
        trades = set("trades");
        listMarks = set("listmarks");
        listVerbs = set("listverbs");
        questionings = set("questionings");
        creditLeads = set("creditleads");
        relations = set("relations");
        kinship = set("kinship");
        settings = set("settings");
        orgSuffixes = set("orgsuffixes");
        knownOrganisations = new WordSet(linesOf("organisations.txt"));
        nameVerbs = new WordSet(linesOf("nameverbs.txt"));
        orgSurnameEnds = set("orgsurnameends");
        subjectFollowers = set("subjectfollowers");
        timePrepositions = set("timeprepositions");
        countryEnds = set("countryends");
        outletVoices = set("outletvoices");
        citing = set("citing");
        channels = set("channels");
        weakVerbs = set("weakverbs");
        passiveAsks = set("passiveasks");
        questionLabels = set("questionlabels");
        statementNouns = set("statementnouns");
        placeEnds = set("placeends");
        quantifiers = set("quantifiers");
        notBodies = set("notbodies");
        numerals = set("numerals");
        classifiers = set("classifiers");
        copulas = set("copulas");
        determiners = set("determiners");
        publishes = set("publishes");
        notices = set("notices");
        nameConjunctions = set("nameconjunctions");
        whenWords = set("whenwords");
        whenWordsNot = set("whenwordsnot");
        nounConjunctions = set("nounconjunctions");
        partySuffixes = set("partysuffixes");
        coordinators = set("coordinators");
        articleWords = set("articlewords");
        articleNouns = set("articlenouns");
        articleModifiers = set("articlemodifiers");
        requests = set("requests");
        accounts = set("accounts");
        acts = set("acts");
        tellVerbs = set("tellverbs");
        introducers = set("introducers");
        shortOrgEnds = set("shortorgends");
        orgWords = set("orgwords");
        pronouns = set("pronouns");
        anaphors = set("anaphors");
        notNameChars = set("notname");
        notNames = set("notnames");
        openers = set("openers");
        contrastBetween = set("contrastbetween");
        contrastOpeners = set("contrastopeners");
        prepositions = set("prepositions");
        gapOpeners = set("gapopeners");
        gapClosers = set("gapclosers");
        learnsFrom = set("learnsfrom");
        viewFrames = set("viewframes");
        addressPrepositions = set("addressprepositions");
        notAspects = set("notaspects");
        sources = set("sources");
        topicMarkers = set("topicmarkers");
        objectMarkers = set("objectmarkers");
        addresseeMarkers = set("addresseemarkers");
        passives = set("passives");
        interviewWords = set("interviewwords");
        ownStatements = set("ownstatements");
        femalePronouns = set("femalepronouns");
        femaleMarks = set("femalemarks");
        evenWords = set("evenwords");
        evenParticles = set("evenparticles");
        pronounBlockers = set("pronounblockers");
        enquiries = set("enquiries");
        replies = set("replies");
        rulings = set("rulings");
        sides = set("sides");
        courtEnds = set("courtends");
        loadNames();
        commonWordPairs = new PairCounts(commonWords);
        commonVerbPairs = PairCounts.of(commonVerbs);
        wordBeforeSurnamePairs = new PairCounts(wordsBeforeSurname);
    }

    /** The words of a list and the generated adverbs of {@code adverbs.txt} (正式, 再次), which may stand in a gap too. */
    private static Set<String> withAdverbs(List<String> words) {
        Set<String> all = new HashSet<>(words);
        all.addAll(linesOf("adverbs.txt"));
        return all;
    }

    /** The lines of a word-list resource beside this class, one word a line, without blank and {@code #} lines. */
    private static List<String> linesOf(String resource) {
        List<String> words = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private void loadNames() {
        try (InputStream in = Lexicon.class.getResourceAsStream("names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("names.tsv missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length == 3 && f[0].equals("W")) {
                    commonWords.put(f[1], Integer.parseInt(f[2]));
                } else if (f.length == 3 && f[0].equals("E")) {
                    wordsBeforeSurname.put(f[1], Integer.parseInt(f[2]));
                } else if (f.length == 3 && f[0].equals("V")) {
                    commonVerbs.add(f[1]);
                } else if (f.length == 4 && f[0].equals("T") && f[1].length() == 1) {
                    foreignScores[f[1].charAt(0)] = (char) Math.min(Character.MAX_VALUE, Integer.parseInt(f[3]));
                }
                if (line.startsWith("#") || f.length < 3 || f[1].length() != 1) {
                    continue;
                }
                char c = f[1].charAt(0);
                if (f[0].equals("S")) {
                    nameCounts[c << 2] = Integer.parseInt(f[2]);
                } else if (f[0].equals("G") && f.length >= 5) {
                    nameCounts[c << 2 | 1] = Integer.parseInt(f[2]);
                    nameCounts[c << 2 | 2] = Integer.parseInt(f[3]);
                    nameCounts[c << 2 | 3] = Integer.parseInt(f[4]);
                    givenScores[c] = (short) Math.min(Short.MAX_VALUE, Integer.parseInt(f[5]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How often {@code c} is a surname in {@code names.tsv}. */
    int surnameCount(char c) {
        return nameCounts[c << 2];
    }

    /** How often {@code c} is the first of two given-name characters. */
    int givenFirst(char c) {
        return nameCounts[c << 2 | 1];
    }

    /** How often {@code c} is the last of two given-name characters. */
    int givenLast(char c) {
        return nameCounts[c << 2 | 2];
    }

    /**
     * How much more often {@code c} stands in given names than in words, per mille (names.tsv, G): its given-name
     * counts over its weighted occurrences in words plus those counts; 0 for a character never in a given name.
     */
    int givenScore(char c) {
        return givenScores[c];
    }

    /** How often {@code c} is a one-character given name. */
    int givenSingle(char c) {
        return nameCounts[c << 2 | 3];
    }

    /**
     * How much more often {@code c} stands in transliterated foreign names than in Chinese words and names, per mille
     * (names.tsv, T); 0 for a character not seen in them.
     */
    int foreignScore(char c) {
        return foreignScores[c];
    }

    /** The words of one list in the order written, for the byline marks that are matched word by word. */
    String[] words(String name) {
        List<String> words = raw.get(name);
        if (words == null) {
            throw new IllegalStateException("lexicon has no list " + name);
        }
        return words.toArray(String[]::new);
    }

    /** The words of one list, as written in the resource (used by tests). */
    List<String> list(String name) {
        return raw.getOrDefault(name, List.of());
    }

    private WordSet set(String name) {
        List<String> words = raw.get(name);
        if (words == null) {
            throw new IllegalStateException("lexicon has no list " + name);
        }
        return new WordSet(words);
    }

    private static Lexicon load() {
        Map<String, List<String>> lists = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.txt")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.txt missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int eq = line.indexOf('=');
                if (line.startsWith("#") || eq < 0) {
                    continue;
                }
                lists.put(line.substring(0, eq).trim(),
                        Arrays.stream(line.substring(eq + 1).trim().split("\\s+")).filter(w -> !w.isEmpty()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(lists);
    }
}
