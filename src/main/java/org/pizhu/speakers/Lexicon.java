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
    /** Last words of Latin names of bodies, lower case ({@code commission}, {@code watch}). */
    final WordSet latinBodies;
    /** Common elements of Tibetan personal names ({@code 扎西}, {@code 次仁}). */
    final WordSet tibetanNames;
    /** Announcing verbs whose clause ending with 後 dates what follows ({@code 宣布}, {@code 提出}). */
    final WordSet datingActs;
    /** Words that open the phrase before a name but are no part of its title ({@code 現任}, {@code 時任}). */
    final WordSet titleLeads;
    /** Letters a body sends that speak for it right after its name ({@code 覆函}, {@code 公開信}). */
    final WordSet bodyLetters;
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
    final WordSet directives;
    final WordSet spokespersons;
    final WordSet urging;
    final WordSet standaloneBodies;
    final WordSet announcing;
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
    final WordSet cutNameEnds;
    final WordSet personObjects;
    final WordSet notNames;
    final WordSet openers;
    final WordSet contrastBetween;
    final WordSet contrastOpeners;
    final WordSet prepositions;
    final WordSet gapOpeners;
    final WordSet gapClosers;
    final WordSet alongside;
    final WordSet gestures;
    final WordSet elderForms;
    final WordSet replyVerbs;
    final WordSet reporterTitles;
    final WordSet notMeans;
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
    /** Relations and titles that mark the person named with them as a man ({@code 單親爸}, {@code 丈夫}). */
    final WordSet maleMarks;
    final WordSet evenWords;
    final WordSet evenParticles;
    final WordSet pronounBlockers;
    final WordSet enquiries;
    final WordSet replies;
    final WordSet rulings;
    final WordSet sides;
    final WordSet courtEnds;
    /** The character and word counts of {@code names.tsv}: surnames, given names, common words. */
    final NameTable names = new NameTable();
    private final Map<String, List<String>> raw;

    private Lexicon(Map<String, List<String>> lists) {
        this.raw = lists;
        verbs = set("verbs");
        notVerbs = set("notverbs");
        verbTails = set("verbtails");
        latinLabels = set("latinlabels");
        latinBodies = set("latinbodies");
        tibetanNames = set("tibetannames");
        datingActs = set("datingacts");
        titleLeads = set("titleleads");
        bodyLetters = set("bodyletters");
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
        directives = set("directives");
        spokespersons = set("spokespersons");
        urging = set("urging");
        standaloneBodies = set("standalonebodies");
        announcing = set("announcing");
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
        cutNameEnds = set("cutnameends");
        personObjects = set("personobjects");
        notNames = set("notnames");
        openers = set("openers");
        contrastBetween = set("contrastbetween");
        contrastOpeners = set("contrastopeners");
        prepositions = set("prepositions");
        gapOpeners = set("gapopeners");
        gapClosers = set("gapclosers");
        alongside = set("alongside");
        gestures = set("gestures");
        elderForms = set("elderforms");
        replyVerbs = set("replyverbs");
        reporterTitles = set("bylinereporters");
        notMeans = set("notmeans");
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
        maleMarks = set("malemarks");
        evenWords = set("evenwords");
        evenParticles = set("evenparticles");
        pronounBlockers = set("pronounblockers");
        enquiries = set("enquiries");
        replies = set("replies");
        rulings = set("rulings");
        sides = set("sides");
        courtEnds = set("courtends");
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
