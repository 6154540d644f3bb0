package org.ddworkbench.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ddworkbench.pack.JsonPackReader;

/**
 * Child-process helper for {@link ProjectLockTest}: reads the passphrase from standard input, opens the project
 * in {@code args[0]}, prints {@code OPEN}, and closes it when a second line arrives.
 */
public final class ProjectHolderMain {
    private ProjectHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String passphrase = in.readLine();
        H2ProjectService service = new H2ProjectService(new JsonPackReader(), ProjectFixture.FAST_ITERATIONS);
        try (Project project = service.open(Path.of(args[0]), passphrase.toCharArray())) {
            System.out.println("OPEN " + project.info().name());
            System.out.flush();
            in.readLine();
        } catch (ProjectException e) {
            System.out.println("FAILED " + e.reason());
            return;
        }
        System.out.println("CLOSED");
    }
}
