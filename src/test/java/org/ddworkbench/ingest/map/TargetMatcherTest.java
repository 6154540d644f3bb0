package org.ddworkbench.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.ddworkbench.model.DataSourceKind;
import org.junit.jupiter.api.Test;

/** Scoring prefers the same text, then the same words, then overlapping words and near spellings, and doubts close calls. */
class TargetMatcherTest {
    private final TargetCatalog catalog = new TargetCatalog(PreviewFiles.pack());
    private final TargetMatcher matcher = new TargetMatcher(catalog);

    private double score(String header, String metricOrField) {
        Target target = catalog.all().stream().filter(t -> t.id().equals(metricOrField)).findFirst().orElseThrow();
        return matcher.score(TargetMatcher.Text.of(header), target, Set.of());
    }

    private List<TargetMatcher.Scored> rank(String header, SheetRole role, DataSourceKind kind) {
        return matcher.rank(TargetMatcher.Text.of(header), catalog.candidates(role, kind), kind);
    }

    @Test
    void exactBeatsSameWordsBeatsOverlapBeatsNothing() {
        double exact = score("Total weekly hours", "total_weekly_hours");
        double sameWords = score("Hours, weekly (total)", "total_weekly_hours");
        double overlap = score("Total hours worked last week including overtime", "total_weekly_hours");
        double unrelated = score("Favourite colour", "total_weekly_hours");

        assertThat(exact).isEqualTo(1.0);
        assertThat(sameWords).isLessThan(exact).isGreaterThanOrEqualTo(0.9);
        assertThat(overlap).isLessThan(sameWords).isGreaterThanOrEqualTo(0.8);
        assertThat(unrelated).isZero();
    }

    @Test
    void nearSpellingsAndAbbreviationsStillMatch() {
        assertThat(score("Total wkly hrs", "total_weekly_hours")).isGreaterThanOrEqualTo(0.9);
        assertThat(score("Recruitment fees chargd", "recruitment_fees_charged")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("Grievence mechanism exists", "grievance_mechanism_exists")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aHeaderThatFitsTwoTargetsAlikeIsNotConfident() {
        List<TargetMatcher.Scored> ranked = rank("Hours", SheetRole.RESPONDENTS, DataSourceKind.WORKER_SURVEY);

        assertThat(TargetMatcher.confidence(ranked, ranked.get(0))).isLessThan(Assigner.THRESHOLD);
    }

    @Test
    void wordsThatGoWithoutSayingCompleteShortHeadersOnly() {
        List<TargetMatcher.Scored> grievance = rank("Category", SheetRole.CASES, DataSourceKind.GRIEVANCE);
        List<TargetMatcher.Scored> longHeader = rank("Category of the issue raised by the caller", SheetRole.CASES,
                DataSourceKind.GRIEVANCE);

        assertThat(grievance.get(0).target().id()).isEqualTo("grievance_category");
        assertThat(grievance.get(0).score()).isGreaterThanOrEqualTo(0.95);
        assertThat(longHeader.get(0).score()).isLessThan(grievance.get(0).score());
    }

    @Test
    void onlyMetricsTheKindCollectsAreCandidates() {
        assertThat(rank("Maximum weekly hours declared", SheetRole.RESPONDENTS, DataSourceKind.WORKER_SURVEY))
                .extracting(s -> s.target().id()).doesNotContain("max_weekly_hours_declared");
        assertThat(rank("Maximum weekly hours declared", SheetRole.ANSWERS, DataSourceKind.SAQ).get(0).target().id())
                .isEqualTo("max_weekly_hours_declared");
    }

    @Test
    void headerKeysIgnoreCaseAccentsPunctuationAndSpacing() {
        assertThat(HeaderText.key("  Côte   d’Ivoire — Sites ")).isEqualTo("cote d ivoire sites");
        assertThat(HeaderText.key("Migrant workers (%)")).isEqualTo("migrant workers percent");
        assertThat(HeaderText.key("Respondent no.")).isEqualTo("respondent number");
        assertThat(HeaderText.key("Health & safety")).isEqualTo("health and safety");
        assertThat(HeaderText.key("ชั่วโมงทำงาน (ชม.)")).isEqualTo(HeaderText.key("ชั่วโมงทำงาน ชม"))
                .startsWith("ชั่วโมง");
    }

    @Test
    void wordsAreStemmedAndSynonymsShareOneForm() {
        assertThat(Words.of("Wages paid")).isEqualTo(Words.of("salary pay"));
        assertThat(Words.of("Dormitories locked")).isEqualTo(Words.of("accommodation lock"));
        assertThat(Words.of("Did you resign?")).containsExactly("resign");
        assertThat(Words.of("A5 Number of sub-contractors")).contains("subcontractor");
    }
}
