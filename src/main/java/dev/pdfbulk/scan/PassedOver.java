package dev.pdfbulk.scan;

/** Why the scan passed over an entry named like a statement PDF without reading it. */
public enum PassedOver {
    /** A FIFO, socket or device: reading one would block or never end. */
    NOT_A_FILE("not a regular file (a pipe, socket or device)"),
    /** A symbolic link whose target is missing, or a chain of links that loops. */
    BROKEN_LINK("a symbolic link that leads to no file (dangling or a loop)"),
    /** A folder whose name ends in .pdf, in a scan of the top folder only. */
    FOLDER("a folder, not a file (--recursive reads inside folders)"),
    /** An entry whose type could not be read (no permission, an I/O error). */
    UNREADABLE("its type cannot be read (no permission?)");

    private final String label;

    PassedOver(String label) {
        this.label = label;
    }

    /** The reason in words, for the log and the console. */
    public String label() {
        return label;
    }

    /**
     * Hears of each entry the scan passes over. Called on the scanning thread, in scan order; must not throw.
     */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (entry, why) -> { };

        /** {@code entry} is as the scan found it (under the scanned root), never null; so is {@code why}. */
        void passedOver(java.nio.file.Path entry, PassedOver why);
    }
}
