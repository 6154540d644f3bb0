package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.util.Objects;
import org.ddworkbench.model.ProblemException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what went wrong into the exit codes and the one stderr line the CLI promises: 1 with
 * {@code ddw: <message>} for user errors and unexpected failures, 2 with the usage for wrong usage.
 * Stack traces only with {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    static final int USER_ERROR = 1;
    static final int WRONG_USAGE = 2;

    @Override
    public int handleExecutionException(Exception problem, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (problem instanceof ProblemException) {
            err.println("ddw: " + oneLine(problem.getMessage()));
        } else {
            err.println("ddw: unexpected error: " + problem.getClass().getSimpleName() + ": "
                    + oneLine(Objects.toString(problem.getMessage(), "no details")) + " (run with --debug for details)");
        }
        if (debugRequested(parseResult)) {
            problem.printStackTrace(err);
        }
        err.flush();
        return USER_ERROR;
    }

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine commandLine = problem.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("ddw: " + oneLine(problem.getMessage()));
        UnmatchedArgumentException.printSuggestions(problem, err);
        commandLine.usage(err);
        err.flush();
        return WRONG_USAGE;
    }

    /** Whether {@code --debug} was given anywhere on the command line (it is inherited by every command). */
    static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
