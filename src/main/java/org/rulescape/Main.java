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
            try {
                org.rulescape.fx.app.WorkbenchApp.launchWorkbench(args);
            } catch (UnsupportedOperationException e) {
                // JavaFX's Linux toolkit reports a missing display or GTK library this way.
                System.err.println("Cannot open the workbench: " + e.getMessage() + ".");
                System.err.println("It needs a display (DISPLAY set, or Xvfb) and GTK 3 (on Debian or Ubuntu:"
                        + " apt-get install -y libgtk-3-0). Without a screen, use the command line: rulescape --help");
                System.exit(1);
            }
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
