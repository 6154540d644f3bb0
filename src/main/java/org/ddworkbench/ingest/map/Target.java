package org.ddworkbench.ingest.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ddworkbench.model.Metric;

/**
 * Something a column or question can be mapped to, a {@link Field} or a pack metric, with the phrases that
 * name it.
 *
 * @param metric the metric, or null for a field
 * @param words the content words of all its phrases
 * @param descriptionWords the content words of the metric's description (weaker evidence), empty for fields
 */
record Target(TargetKind kind, String id, Metric metric, List<Phrase> phrases, Set<String> words,
        Set<String> descriptionWords) {

    Target {
        phrases = List.copyOf(phrases);
        words = Set.copyOf(words);
        descriptionWords = Set.copyOf(descriptionWords);
    }

    static Target of(Field field) {
        return build(TargetKind.FIELD, field.name(), null, FieldVocabulary.phrases(field), "");
    }

    static Target of(Metric metric) {
        List<String> texts = new ArrayList<>();
        texts.add(metric.label());
        texts.add(metric.id().replace('_', ' '));
        texts.addAll(metric.synonyms());
        return build(TargetKind.METRIC, metric.id(), metric, texts, metric.description());
    }

    boolean is(Field field) {
        return kind == TargetKind.FIELD && id.equals(field.name());
    }

    private static Target build(TargetKind kind, String id, Metric metric, List<String> texts, String description) {
        List<Phrase> phrases = new ArrayList<>();
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            Phrase phrase = Phrase.of(text);
            if (!phrase.words().isEmpty()) {
                phrases.add(phrase);
                words.addAll(phrase.words());
            }
        }
        Set<String> described = new HashSet<>(Words.of(description == null ? "" : description));
        described.removeAll(words);
        return new Target(kind, id, metric, phrases, words, described);
    }

    /**
     * One way of naming a target.
     *
     * @param full the text's key with bracket contents kept
     * @param bare the text's key without bracketed parts
     */
    record Phrase(String full, String bare, Set<String> words) {
        Phrase {
            words = Set.copyOf(words);
        }

        static Phrase of(String text) {
            String uncoded = HeaderText.withoutReferencePeriod(HeaderText.withoutQuestionCode(text));
            return new Phrase(HeaderText.key(uncoded), HeaderText.key(HeaderText.withoutBrackets(uncoded)),
                    Words.of(uncoded));
        }
    }
}
