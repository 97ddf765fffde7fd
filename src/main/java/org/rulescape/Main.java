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
        if (args.length == 0) {
            org.rulescape.fx.app.WorkbenchApp.launchWorkbench(args);
            return;
        }
        System.exit(RulescapeCommand.execute(args));
    }
}
