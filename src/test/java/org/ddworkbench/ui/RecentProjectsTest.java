package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentProjectsTest {
    @TempDir
    Path home;

    @Test
    void missingFileMeansNoRecentProjects() {
        assertThat(new RecentProjects(home.resolve("recent-projects.json")).load()).isEmpty();
    }

    @Test
    void rememberedFolderComesFirstOnceAndSurvivesAReload() {
        RecentProjects recent = new RecentProjects(home.resolve("recent-projects.json"));
        recent.remember(home.resolve("a"));
        recent.remember(home.resolve("b"));
        recent.remember(home.resolve("a"));

        assertThat(new RecentProjects(home.resolve("recent-projects.json")).load())
                .containsExactly(home.resolve("a").toAbsolutePath(), home.resolve("b").toAbsolutePath());
    }

    @Test
    void keepsOnlyTheTenMostRecent() {
        RecentProjects recent = new RecentProjects(home.resolve("recent-projects.json"));
        for (int i = 0; i < 12; i++) {
            recent.remember(home.resolve("p" + i));
        }

        assertThat(recent.load()).hasSize(10).first().isEqualTo(home.resolve("p11").toAbsolutePath());
    }

    @Test
    void storesOnlyPathsAsAJsonArray() throws Exception {
        new RecentProjects(home.resolve("recent-projects.json")).remember(home.resolve("a"));

        String json = Files.readString(home.resolve("recent-projects.json")).strip();
        assertThat(json).startsWith("[").endsWith("]").contains(home.resolve("a").getFileName().toString());
    }

    @Test
    void corruptFileIsTreatedAsEmpty() throws Exception {
        Files.writeString(home.resolve("recent-projects.json"), "{not json");

        assertThat(new RecentProjects(home.resolve("recent-projects.json")).load()).isEmpty();
    }
}
