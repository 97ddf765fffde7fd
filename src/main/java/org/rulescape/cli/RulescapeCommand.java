package org.rulescape.cli;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root of the command line; each subcommand is a thin layer over the core services. */
@Command(name = "rulescape",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Meta-train learned optimizers from many seeds and study the geometry of the learned rules.",
        footer = {"%nThe launcher bin/rulescape of the repository runs target/rulescape.jar (build it with"
                + " 'mvn -q -B package -DskipTests'); 'java --add-modules jdk.incubator.vector -jar"
                + " target/rulescape.jar COMMAND' does the same. Without --add-modules the results are the same,"
                + " bit for bit, but training and perturbation take about twice as long.",
                "Every command exits with 1 on failure and 2 on invalid options; add --verbose for the stack trace"
                        + " of a failure."},
        subcommands = {
                CommandLine.HelpCommand.class,
                BenchCommand.class,
                TrainCommand.class,
                AnalyzeCommand.class,
                PerturbCommand.class,
                RuleCommand.class,
                FiguresCommand.class,
                ReproduceCommand.class,
        })
public final class RulescapeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read from the parse result by {@link CliErrors}; every subcommand inherits the option. */
    @CommandLine.Option(names = {"-v", CliErrors.VERBOSE}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace when a command fails.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        // Initialize SLF4J and logback on this thread before a command starts threads that log (the
        // ND4J preload of train, the vector-kernel warm-up). SLF4J queues the calls other threads make
        // while it initializes, replays them and prints a three-line SLF4J(W) warning about it.
        LoggerFactory.getILoggerFactory();
        return commandLine().execute(args);
    }

    /**
     * Returns the root command line with the error handling of {@link CliErrors}: one line per
     * failure (exit code 1, stack trace only with --verbose) and short usage errors (exit code 2).
     */
    public static CommandLine commandLine() {
        return new CommandLine(new RulescapeCommand())
                .setExecutionExceptionHandler(CliErrors::handleExecutionException)
                .setParameterExceptionHandler(CliErrors::handleParameterException)
                .registerConverter(Double.class, CliErrors::parseNumber)
                .registerConverter(Double.TYPE, CliErrors::parseNumber);
    }
}
