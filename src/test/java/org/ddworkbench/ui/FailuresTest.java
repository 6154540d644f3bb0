package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.io.IOException;
import org.ddworkbench.store.ProjectException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void problemShowsItsOwnMessage() {
        ProjectException problem = new ProjectException(ProjectException.Reason.WRONG_PASSPHRASE,
                "The passphrase is not correct.", new IllegalStateException("90049"));

        assertThat(Failures.userMessage(problem)).isEqualTo("The passphrase is not correct.");
    }

    @Test
    void problemWrappedInAnotherExceptionIsStillFound() {
        ProjectException problem = new ProjectException(ProjectException.Reason.IO, "The folder is read-only.");

        assertThat(Failures.userMessage(new RuntimeException("wrapper", problem))).isEqualTo("The folder is read-only.");
    }

    @Test
    void unexpectedFailureGetsAShortSentenceWithoutStackTrace() {
        String message = Failures.userMessage(new UncheckedIOException(new IOException("No space left on device.\n"
                + "\tat some.Class.method(Class.java:1)")));

        assertThat(message).isEqualTo("Something went wrong: java.io.IOException: No space left on device. "
                + "Details are in the log.").doesNotContain("\tat ");
    }

    @Test
    void failureWithoutMessageIsNamedByItsKind() {
        assertThat(Failures.userMessage(new NullPointerException()))
                .isEqualTo("Something went wrong: NullPointerException. Details are in the log.");
    }
}
