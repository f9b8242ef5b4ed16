package org.d365policy.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, as the build wrote it. */
public final class Version {
    public static final String TOOL = "d365-policy";
    private static final String VERSION = read();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    /**
     * The jar's manifest says it (Implementation-Version, written by the build); run from the class
     * folder (tests, an IDE) there is no manifest, and the version the build wrote beside the classes
     * stands in.
     */
    private static String read() {
        String manifest = Version.class.getPackage().getImplementationVersion();
        if (manifest != null) return manifest;
        try (InputStream in = Version.class.getResourceAsStream("/d365policy/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
