package org.ddworkbench.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectException;
import org.ddworkbench.store.ProjectService;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.ddworkbench.store.PassphrasePolicy;

/**
 * Finds a passphrase without it ever being a command-line argument (which other users could see in the
 * process list): a file named with an option, else an environment variable, else a no-echo prompt.
 */
final class PassphraseSource {
    static final String PASSPHRASE_VARIABLE = "DDW_PASSPHRASE";
    static final String NEW_PASSPHRASE_VARIABLE = "DDW_NEW_PASSPHRASE";
    static final String RECOVERY_CODE_VARIABLE = "DDW_RECOVERY_CODE";
    static final String NO_PASSPHRASE =
            "No passphrase: set DDW_PASSPHRASE, use --passphrase-file, or run in a terminal.";
    private static final int PROMPT_ATTEMPTS = 3;

    private final Map<String, String> environment;
    private final PasswordPrompt prompt;
    private final PassphrasePolicy policy;

    PassphraseSource(Map<String, String> environment, PasswordPrompt prompt, PassphrasePolicy policy) {
        this.environment = environment;
        this.prompt = prompt;
        this.policy = policy;
    }

    /** The passphrase of an existing project. The caller wipes the returned array. */
    char[] existing(Path file) throws CliProblem {
        return existing(file, PASSPHRASE_VARIABLE, "--passphrase-file", "Passphrase: ");
    }

    /**
     * Opens the project in {@code dir} with the passphrase from the usual sources; the passphrase is wiped
     * as soon as the store is open (or refused), since an open project no longer needs it.
     */
    Project open(ProjectService projects, Path dir, Path file) throws CliProblem, ProjectException {
        char[] passphrase = existing(file);
        try {
            return projects.open(dir.toAbsolutePath().normalize(), passphrase);
        } finally {
            wipe(passphrase);
        }
    }

    /** The current passphrase when changing it. */
    char[] current(Path file) throws CliProblem {
        return existing(file, PASSPHRASE_VARIABLE, "--passphrase-file", "Current passphrase: ");
    }

    /** A project's recovery code, from {@code --recovery-code-file}, DDW_RECOVERY_CODE or the prompt. */
    char[] recoveryCode(Path file) throws CliProblem {
        return existing(file, RECOVERY_CODE_VARIABLE, "--recovery-code-file", "Recovery code: ");
    }

    /** The passphrase for a new project, checked against the policy; asked twice when prompted. */
    char[] forNewProject(Path file) throws CliProblem {
        return chosen(file, PASSPHRASE_VARIABLE, "--passphrase-file", "Passphrase for the new project: ");
    }

    /** The replacement passphrase when changing it, checked against the policy; asked twice when prompted. */
    char[] replacement(Path file) throws CliProblem {
        return chosen(file, NEW_PASSPHRASE_VARIABLE, "--new-passphrase-file", "New passphrase: ");
    }

    private char[] existing(Path file, String variable, String option, String promptText) throws CliProblem {
        Optional<char[]> given = given(file, variable);
        if (given.isPresent()) {
            return given.get();
        }
        requirePrompt(variable, option);
        char[] typed = prompt.read(promptText);
        if (typed == null || typed.length == 0) {
            throw new CliProblem("No passphrase entered.");
        }
        return typed;
    }

    private char[] chosen(Path file, String variable, String option, String promptText) throws CliProblem {
        Optional<char[]> given = given(file, variable);
        if (given.isPresent()) {
            char[] passphrase = given.get();
            Optional<String> problem = policy.problem(passphrase);
            if (problem.isPresent()) {
                wipe(passphrase);
                String source = file != null ? "the file " + file : variable;
                throw new CliProblem("The passphrase from " + source + " is not accepted: " + problem.get());
            }
            return passphrase;
        }
        requirePrompt(variable, option);
        String hint = policy.rule() + System.lineSeparator();
        for (int attempt = 1; attempt <= PROMPT_ATTEMPTS; attempt++) {
            char[] first = prompt.read(hint + promptText);
            if (first == null) {
                throw new CliProblem("No passphrase entered.");
            }
            Optional<String> problem = policy.problem(first);
            if (problem.isPresent()) {
                wipe(first);
                hint = problem.get() + System.lineSeparator();
                continue;
            }
            char[] second = prompt.read("Repeat the passphrase: ");
            boolean same = second != null && Arrays.equals(first, second);
            wipe(second);
            if (same) {
                return first;
            }
            wipe(first);
            hint = "The two passphrases were not the same." + System.lineSeparator();
        }
        throw new CliProblem("No passphrase chosen after " + PROMPT_ATTEMPTS + " attempts.");
    }

    /** Option beats environment: a file named on this command line is more deliberate than a variable left set. */
    private Optional<char[]> given(Path file, String variable) throws CliProblem {
        if (file != null) {
            return Optional.of(firstLine(file));
        }
        String value = environment.get(variable);
        if (value != null && !value.isEmpty()) {
            return Optional.of(value.toCharArray());
        }
        return Optional.empty();
    }

    private void requirePrompt(String variable, String option) throws CliProblem {
        if (!prompt.available()) {
            String missing = RECOVERY_CODE_VARIABLE.equals(variable) ? "No recovery code" : "No new passphrase";
            throw new CliProblem(PASSPHRASE_VARIABLE.equals(variable) ? NO_PASSPHRASE
                    : missing + ": set " + variable + ", use " + option + ", or run in a terminal.");
        }
    }

    /** The file's first line without its line end, decoded as UTF-8; the raw bytes are wiped after. */
    static char[] firstLine(Path file) throws CliProblem {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliProblem("The passphrase file " + file + " does not exist.", e);
        } catch (AccessDeniedException e) {
            throw new CliProblem("The passphrase file " + file + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new CliProblem("The passphrase file " + file + " cannot be read: " + e.getMessage(), e);
        }
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int start = chars.length() > 0 && chars.charAt(0) == '\uFEFF' ? 1 : 0;
            int end = start;
            while (end < chars.length() && chars.charAt(end) != '\n' && chars.charAt(end) != '\r') {
                end++;
            }
            if (end == start) {
                throw new CliProblem("The passphrase file " + file + " is empty: put the passphrase on its first line.");
            }
            char[] line = new char[end - start];
            chars.position(start);
            chars.get(line);
            return line;
        } catch (CharacterCodingException e) {
            throw new CliProblem("The passphrase file " + file + " is not UTF-8 text.", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    static void wipe(char[] passphrase) {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }
}
