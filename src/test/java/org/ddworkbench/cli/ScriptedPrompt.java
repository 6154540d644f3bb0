package org.ddworkbench.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A terminal prompt for tests: answers from a script and remembers what it was asked. */
final class ScriptedPrompt implements PasswordPrompt {
    private final Deque<String> answers;
    private final List<String> prompts = new ArrayList<>();

    ScriptedPrompt(String... answers) {
        this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public char[] read(String prompt) {
        prompts.add(prompt);
        String answer = answers.poll();
        return answer == null ? null : answer.toCharArray();
    }

    List<String> prompts() {
        return prompts;
    }
}
