package org.ddworkbench.proof.crash;

import java.io.InputStream;
import java.nio.file.Path;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;

/**
 * Child-process helper for {@link TwoProcessesTest}: opens the project in {@code args[0]} (passphrase from
 * {@code DDW_PASSPHRASE}), prints {@code OPEN}, appends one activity-log entry after another, each in its own
 * transaction, until a line arrives on standard input, then prints {@code WROTE <count>}, closes the project and
 * prints {@code CLOSED}.
 */
public final class LogWriterMain {
    private LogWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        H2ProjectService service = new H2ProjectService(new JsonPackReader(), ChildProcess.KDF_ITERATIONS);
        InputStream stop = System.in;
        int written = 0;
        try (Project project = service.open(Path.of(args[0]), System.getenv("DDW_PASSPHRASE").toCharArray())) {
            System.out.println("OPEN");
            System.out.flush();
            while (stop.available() == 0) {
                project.activityLog().append("proof.tick", "Entry " + (written + 1) + " of the two-process test.",
                        "{}");
                written++;
            }
            System.out.println("WROTE " + written);
            System.out.flush();
        }
        System.out.println("CLOSED");
    }
}
