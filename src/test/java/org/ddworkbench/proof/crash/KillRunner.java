package org.ddworkbench.proof.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.ddworkbench.store.TestFolders;

/**
 * Runs one operation in child JVMs on fresh copies of a starting project: once to its end (the reference: the
 * "all" state and how long the work takes), then {@code kills} times killed with SIGKILL at a scheduled moment,
 * handing each killed copy to the operation's check. Counts where the kills landed and what the checks found.
 */
final class KillRunner {
    /** One operation under test and its all-or-none check. */
    interface Operation {
        String name();

        /** The {@code ddw} arguments of run {@code run} (0 is the reference) on {@code project}. */
        List<String> args(Path project, Path runDir, int run);

        /** Extra environment of the child (the passphrase variables). */
        Map<String, String> environment();

        /** Learns the "all" state from the reference run that ended by itself. */
        void learnAll(Path project, Path runDir) throws Exception;

        /**
         * Asserts that the project copy holds all or none of the work after the child ended; {@code completed}
         * says the command reported success before the kill. Returns what it found, for the figures.
         */
        String check(Path project, Path runDir, int run, boolean completed) throws Exception;
    }

    /** Where a kill landed: before the command began, while it ran, or after it had returned. */
    enum Landing { BEFORE, DURING, AFTER }

    private final Path work;
    private final long seed;

    KillRunner(Path work, long seed) {
        this.work = work;
        this.seed = seed;
    }

    /** Runs the reference and {@code kills} killed runs of {@code operation} on copies of {@code start}. */
    Figures run(Operation operation, Path start, int kills) throws Exception {
        long began = System.nanoTime();
        Path referenceDir = Files.createDirectories(work.resolve(operation.name() + "-0"));
        Path reference = TestFolders.copy(start, referenceDir.resolve("project"));
        ChildProcess child = ChildProcess.start(List.of(), operation.args(reference, referenceDir, 0),
                operation.environment(), referenceDir.resolve("err.txt"));
        int exit = child.waitForExit();
        if (exit != 0) {
            throw new AssertionError(operation.name() + ": the reference run failed (exit " + exit + "): "
                    + child.errText());
        }
        long workMillis = child.workMillis();
        operation.learnAll(reference, referenceDir);

        long operationSeed = seed ^ operation.name().hashCode();
        KillSchedule schedule = new KillSchedule(operationSeed, workMillis);
        Figures figures = new Figures(operation.name(), workMillis);
        for (int run = 1; run <= kills; run++) {
            KillSchedule.Kill kill = schedule.next();
            Path runDir = Files.createDirectories(work.resolve(operation.name() + "-" + run));
            Path project = TestFolders.copy(start, runDir.resolve("project"));
            ChildProcess killed = ChildProcess.start(List.of(), operation.args(project, runDir, run),
                    operation.environment(), runDir.resolve("err.txt"));
            if (kill.afterStart() && !killed.awaitStart()) {
                throw new AssertionError(operation.name() + " run " + run + ": the child ended before START: "
                        + killed.errText());
            }
            Thread.sleep(kill.delayMillis());
            killed.kill();
            Landing landing = !killed.printedStart() ? Landing.BEFORE
                    : killed.doneCode() < 0 ? Landing.DURING : Landing.AFTER;
            String found;
            try {
                found = operation.check(project, runDir, run, killed.doneCode() == 0);
            } catch (AssertionError | Exception e) {
                throw new AssertionError(operation.name() + " run " + run + " (seed " + seed + ", kill " + kill
                        + ", landed " + landing + "; rerun with -Dddw.proof.seed=" + seed + "): " + e.getMessage(), e);
            }
            figures.add(landing, found);
        }
        figures.seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);
        return figures;
    }

    /** What the kills of one operation did. */
    static final class Figures {
        private final String operation;
        private final long workMillis;
        private final Map<Landing, Integer> landings = new TreeMap<>();
        private final Map<String, Integer> found = new TreeMap<>();
        private long seconds;

        Figures(String operation, long workMillis) {
            this.operation = operation;
            this.workMillis = workMillis;
        }

        void add(Landing landing, String what) {
            landings.merge(landing, 1, Integer::sum);
            found.merge(what, 1, Integer::sum);
        }

        int kills() {
            return landings.values().stream().mapToInt(Integer::intValue).sum();
        }

        int during() {
            return landings.getOrDefault(Landing.DURING, 0);
        }

        @Override
        public String toString() {
            return String.format("%-10s kills %4d  landed %s  found %s  work %d ms  took %d s", operation, kills(),
                    landings, found, workMillis, seconds);
        }
    }
}
