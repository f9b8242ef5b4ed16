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

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/d365policy/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
