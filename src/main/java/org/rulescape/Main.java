package org.rulescape;

import org.rulescape.cli.RulescapeCommand;

/**
 * Entry point. With no arguments it opens the workbench; with arguments it runs the command
 * line. This class must not extend {@code javafx.application.Application}, so that the jar
 * starts on a class path without the JavaFX module system.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        boundNativeMemory();
        if (args.length == 0) {
            org.rulescape.fx.app.WorkbenchApp.launchWorkbench(args);
            return;
        }
        System.exit(RulescapeCommand.execute(args));
    }

    /**
     * Bounds ND4J's off-heap allocations unless the user set a bound. ND4J is used here only for
     * .npy files and small SVDs, so 1 GB is ample; the JavaCPP default (the heap size) may be more
     * than a small machine can spare.
     */
    private static void boundNativeMemory() {
        if (System.getProperty("org.bytedeco.javacpp.maxbytes") == null) {
            System.setProperty("org.bytedeco.javacpp.maxbytes", "1G");
        }
    }
}
