package org.rulescape.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Error reporting of the command line. An unexpected exception prints one line naming the
 * command, its run folder or files and the cause, and exits with {@link #EXIT_ERROR}; the stack
 * trace follows only with --verbose. An invalid option prints its message and a pointer to the
 * command's help instead of the whole usage, and exits with picocli's usage code 2.
 */
final class CliErrors {
    /** Exit code of a command that ended with an unexpected exception. */
    static final int EXIT_ERROR = 1;
    static final String VERBOSE = "--verbose";

    private CliErrors() {
    }

    /**
     * Converts an option value to a double, with a message that shows what a number looks like.
     * Range rules such as "> 0" are checked by each command after parsing.
     */
    static Double parseNumber(String text) {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text
                    + "' is not a number; write it like 0.001, 1e-3 or Infinity");
        }
    }

    /** Reports an exception thrown while a command ran. */
    static int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println(describeFailure(ex, command, parsed) + verboseHint(parsed));
        if (isVerbose(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_ERROR;
    }

    /** Reports an invalid command line or an option value rejected by a command. */
    static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(ex.getMessage() + optionHint(ex));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * Returns "rulescape analyze RUN failed: CAUSE" on one line, where RUN stands for the
     * positional values and path options given to the failing command.
     */
    static String describeFailure(Throwable ex, CommandLine command, ParseResult parsed) {
        String name = command.getCommandSpec().qualifiedName();
        List<String> inputs = inputs(deepest(parsed));
        String target = inputs.isEmpty() ? "" : " " + String.join(" ", inputs);
        return name + target + " failed: " + cause(ex);
    }

    /** Returns the message of {@code ex} and of its causes, with the exception type where it helps. */
    static String cause(Throwable ex) {
        StringBuilder text = new StringBuilder();
        Throwable current = ex;
        while (current != null) {
            String message = current.getMessage();
            String part = message == null || message.isBlank()
                    ? current.getClass().getSimpleName()
                    : message.strip() + " (" + current.getClass().getSimpleName() + ")";
            if (!text.toString().contains(message == null ? part : message.strip())) {
                text.append(text.length() == 0 ? "" : "; caused by ").append(part);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return text.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String verboseHint(ParseResult parsed) {
        return isVerbose(parsed) ? "" : ". Run with " + VERBOSE + " for the stack trace.";
    }

    /** True when --verbose was given on the root command or on any subcommand. */
    static boolean isVerbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    private static ParseResult deepest(ParseResult parsed) {
        ParseResult level = parsed;
        while (level != null && level.subcommand() != null) {
            level = level.subcommand();
        }
        return level;
    }

    /** Positional values and path-valued options, as typed, such as "runs/a" or "--out figures". */
    private static List<String> inputs(ParseResult parsed) {
        List<String> inputs = new ArrayList<>();
        if (parsed == null) {
            return inputs;
        }
        for (CommandLine.Model.PositionalParamSpec positional : parsed.matchedPositionals()) {
            for (String value : positional.stringValues()) {
                inputs.add(value);
            }
        }
        for (OptionSpec option : parsed.matchedOptions()) {
            if (Path.class.isAssignableFrom(option.type())) {
                inputs.add(option.longestName() + " " + String.join(",", option.stringValues()));
            }
        }
        return inputs;
    }

    /**
     * Returns " (OPTION: DESCRIPTION)" for a value that could not be converted, so the message
     * states the rule the value must follow; empty for other problems.
     */
    private static String optionHint(CommandLine.ParameterException ex) {
        ArgSpec spec = ex.getArgSpec();
        String message = ex.getMessage();
        if (!(spec instanceof OptionSpec option) || message == null || !message.startsWith("Invalid value for")
                || option.description().length == 0) {
            return "";
        }
        String description = String.join(" ", option.description())
                .replaceAll("\\s*Default: .*$", "")
                .replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue()));
        return description.isBlank() ? "" : ". " + option.longestName() + ": " + description;
    }
}
