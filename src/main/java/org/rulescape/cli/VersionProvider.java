package org.rulescape.cli;

import org.rulescape.core.store.Provenance;
import picocli.CommandLine;

/** Prints the Rulescape version and the Java runtime. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
                "Rulescape " + Provenance.buildVersion(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        };
    }
}
