package org.ddworkbench.ingest.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.model.DataSourceKind;

/**
 * Scores how well a header or question names each target: the same text beats the same words, which beat
 * overlapping words, which beat a similar spelling; a close second choice lowers the confidence.
 */
final class TargetMatcher {
    static final double EXACT = 1.0;
    static final double SAME_WITHOUT_UNITS = 0.97;
    static final double SAME_WORDS = 0.95;
    private static final double OVERLAP_MAX = 0.93;
    private static final double SPELLING_FACTOR = 0.9;
    private static final double SPELLING_MIN = 0.93;
    private static final double SOFT_WORD_MIN = 0.92;
    private static final double SOFT_WORD_CREDIT = 0.85;
    private static final double DESCRIPTION_CREDIT = 0.6;
    /** A runner-up closer than this makes the choice uncertain. */
    private static final double AMBIGUITY_MARGIN = 0.08;
    private static final int SHORT_HEADER_WORDS = 2;

    /**
     * Words that go without saying in a kind of file ("category" in a grievance log is the grievance category);
     * they only complete short headers.
     */
    private static final Map<DataSourceKind, Set<String>> CONTEXT = Map.of(
            DataSourceKind.SUPPLIER_LIST, Set.of(Words.canonical("supplier")),
            DataSourceKind.SAQ, Set.of(Words.canonical("supplier"), Words.canonical("company")),
            DataSourceKind.AUDIT, Set.of(Words.canonical("audit")),
            DataSourceKind.WORKER_SURVEY, Set.of(Words.canonical("worker"), Words.canonical("respondent")),
            DataSourceKind.GRIEVANCE, Set.of(Words.canonical("grievance"), Words.canonical("case")));

    private final TargetCatalog catalog;
    /** Scores already computed: a file is mapped once per kind of file, with mostly the same candidates. */
    private final Map<String, Double> scores = new HashMap<>();

    TargetMatcher(TargetCatalog catalog) {
        this.catalog = catalog;
    }

    /** A target with its score for one text. */
    record Scored(Target target, double score) {
    }

    /** A header or question prepared for matching. */
    record Text(String written, String full, String bare, Set<String> bareWords, Set<String> fullWords) {
        static Text of(String written) {
            String uncoded = HeaderText.withoutReferencePeriod(HeaderText.withoutQuestionCode(written));
            String withoutUnits = HeaderText.withoutBrackets(uncoded);
            return new Text(written, HeaderText.key(uncoded), HeaderText.key(withoutUnits), Words.of(withoutUnits),
                    Words.of(uncoded));
        }

        boolean blank() {
            return full.isEmpty();
        }
    }

    /** The candidates that score above zero, best first. */
    List<Scored> rank(Text text, List<Target> candidates, DataSourceKind kind) {
        Set<String> context = kind == null || text.bareWords().size() > SHORT_HEADER_WORDS ? Set.of()
                : CONTEXT.getOrDefault(kind, Set.of());
        List<Scored> ranked = new ArrayList<>();
        for (Target target : candidates) {
            String key = text.written() + '\u0000' + target.kind() + ':' + target.id() + '\u0000' + context;
            double score = scores.computeIfAbsent(key, k -> score(text, target, context));
            if (score > 0) {
                ranked.add(new Scored(target, score));
            }
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
        return ranked;
    }

    /** How sure choosing {@code chosen} is, given how close the other candidates came. */
    static double confidence(List<Scored> ranked, Scored chosen) {
        double runnerUp = 0;
        for (Scored other : ranked) {
            if (other.target() != chosen.target()) {
                runnerUp = Math.max(runnerUp, other.score());
            }
        }
        return confidence(chosen.score(), runnerUp);
    }

    /** A score lowered by as much as the runner-up comes within the ambiguity margin of it. */
    static double confidence(double score, double runnerUp) {
        return Math.max(0, score - Math.max(0, AMBIGUITY_MARGIN - (score - runnerUp)));
    }

    double score(Text text, Target target, Set<String> context) {
        if (text.blank()) {
            return 0;
        }
        Map<String, Double> bareCredit = credit(text.bareWords(), target, context);
        Map<String, Double> fullCredit = text.fullWords().equals(text.bareWords()) ? null
                : credit(text.fullWords(), target, context);
        double best = 0;
        for (Target.Phrase phrase : target.phrases()) {
            if (text.full().equals(phrase.full())) {
                return EXACT;
            }
            if (!text.bare().isEmpty() && text.bare().equals(phrase.bare())) {
                best = Math.max(best, SAME_WITHOUT_UNITS);
            }
            best = Math.max(best, words(text.bareWords(), bareCredit, phrase, context));
            if (fullCredit != null) {
                best = Math.max(best, words(text.fullWords(), fullCredit, phrase, context));
            }
            best = Math.max(best, spelling(text.bare(), phrase.bare()));
        }
        return best;
    }

    /** How far each header word is explained by the target's phrases (1), or only by its description. */
    private static Map<String, Double> credit(Set<String> header, Target target, Set<String> context) {
        Map<String, Double> credit = new HashMap<>();
        for (String word : header) {
            double value = context.contains(word) ? 1 : match(word, target.words());
            if (value == 0 && target.descriptionWords().contains(word)) {
                value = DESCRIPTION_CREDIT;
            }
            credit.put(word, value);
        }
        return credit;
    }

    private double words(Set<String> header, Map<String, Double> credit, Target.Phrase phrase, Set<String> context) {
        if (header.isEmpty()) {
            return 0;
        }
        double phraseTotal = 0;
        double phraseFound = 0;
        for (String word : phrase.words()) {
            if (context.contains(word)) {
                continue;
            }
            double weight = catalog.weight(word);
            phraseTotal += weight;
            phraseFound += weight * match(word, header);
        }
        if (phraseTotal == 0) {
            return 0;
        }
        double headerTotal = 0;
        double inPhrase = 0;
        double explained = 0;
        for (String word : header) {
            double weight = catalog.weight(word);
            headerTotal += weight;
            double direct = context.contains(word) ? 1 : match(word, phrase.words());
            inPhrase += weight * direct;
            explained += weight * Math.max(direct, credit.get(word));
        }
        double phraseCoverage = phraseFound / phraseTotal;
        double headerCoverage = explained / headerTotal;
        if (phraseCoverage > 0.999 && inPhrase / headerTotal > 0.999) {
            return SAME_WORDS;
        }
        // Either the phrase is all there (and the rest of the header is about the same target), or the header
        // is all within the phrase.
        double score = Math.max(phraseCoverage * (0.6 + 0.4 * headerCoverage),
                inPhrase / headerTotal * (0.7 + 0.25 * phraseCoverage));
        return Math.min(OVERLAP_MAX, score);
    }

    /**
     * 1 when the word is among {@code words}, a little less when a longer word is spelled almost the same
     * (same first letter, similar length: typos rarely hit the first letter).
     */
    private static double match(String word, Set<String> words) {
        if (words.contains(word)) {
            return 1;
        }
        if (word.length() < 5 || !isLatin(word)) {
            return 0;
        }
        for (String other : words) {
            if (other.length() >= 5 && other.charAt(0) == word.charAt(0)
                    && Math.abs(other.length() - word.length()) <= 3
                    && JaroWinkler.similarity(word, other) >= SOFT_WORD_MIN) {
                return SOFT_WORD_CREDIT;
            }
        }
        return 0;
    }

    private static double spelling(String header, String phrase) {
        int shorter = Math.min(header.length(), phrase.length());
        int longer = Math.max(header.length(), phrase.length());
        // Strings this different in length or first letter are never similar enough; skip the comparison.
        if (shorter < 6 || shorter < 0.7 * longer || header.charAt(0) != phrase.charAt(0)) {
            return 0;
        }
        double similarity = JaroWinkler.similarity(header, phrase);
        return similarity >= SPELLING_MIN ? SPELLING_FACTOR * similarity : 0;
    }

    private static boolean isLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x250) {
                return false;
            }
        }
        return true;
    }
}
