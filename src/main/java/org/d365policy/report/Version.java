package org.d365policy.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, and where its documentation is browsed, as the build wrote them. */
public final class Version {
    public static final String TOOL = "d365-policy";
    private static final Properties BUILD = read();

    private Version() {
    }

    /**
     * The jar's manifest says it (Implementation-Version, written by the build); run from the class
     * folder (tests, an IDE) there is no manifest, and the version the build wrote beside the classes
     * stands in.
     */
    public static String get() {
        String manifest = Version.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : BUILD.getProperty("version", "unknown");
    }

    /** Where the project's repository is browsed (the build's d365policy.home): SARIF's informationUri. */
    public static String home() {
        return BUILD.getProperty("home");
    }

    /** The address of rules/CATALOG.md of this version (the build's d365policy.catalog): each bundled rule's helpUri. */
    public static String catalog() {
        return BUILD.getProperty("catalog");
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/d365policy/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // Only the version string and documentation links depend on it; the checks do not.
        }
        return p;
    }
}
