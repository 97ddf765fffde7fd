package org.rulescape.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root of the command line; each subcommand is a thin layer over the core services. */
@Command(name = "rulescape",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Meta-train learned optimizers from many seeds and study the geometry of the learned rules.",
        subcommands = {
                CommandLine.HelpCommand.class,
                BenchCommand.class,
                TrainCommand.class,
                AnalyzeCommand.class,
                PerturbCommand.class,
                RuleCommand.class,
                FiguresCommand.class,
        })
public final class RulescapeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        return new CommandLine(new RulescapeCommand()).execute(args);
    }
}
