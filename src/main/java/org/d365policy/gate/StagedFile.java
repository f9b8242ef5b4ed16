package org.d365policy.gate;

/** A tenant file of the commit: its staged path, and the path of its HEAD version if it has one. */
public final class StagedFile {
    private final String path;
    private final String headPath;

    StagedFile(String path, String headPath) {
        this.path = path;
        this.headPath = headPath;
    }

    public String path() {
        return path;
    }

    /** The same path, the old one for a rename, or null for a file HEAD does not have. */
    public String headPath() {
        return headPath;
    }
}
