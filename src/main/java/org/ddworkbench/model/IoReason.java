package org.ddworkbench.model;

import java.nio.file.FileSystemException;

/** What the operating system said about a failed file operation, for messages that name the file themselves. */
public final class IoReason {
    private IoReason() {
    }

    /**
     * The system's reason, such as "No space left on device" or "Read-only file system", without the path a
     * {@link FileSystemException} repeats; the exception's message otherwise, or its kind when it has none.
     */
    public static String of(Exception failure) {
        String reason = failure instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : failure.getMessage();
        return reason == null || reason.isBlank() ? failure.getClass().getSimpleName() : reason;
    }
}
