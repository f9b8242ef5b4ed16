package org.d365policy.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** What went wrong reading or writing a file, in words rather than an exception's class name or a temporary file's name. */
public final class IoProblem {
    private IoProblem() {
    }

    public static String of(IOException e) {
        if (e instanceof NoSuchFileException) return "its folder does not exist";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
