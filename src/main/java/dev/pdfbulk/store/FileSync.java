package dev.pdfbulk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes files durable before the ledger commits rows that point at them (a CSV before its {@code success}
 * row), so that a power cut can never leave a committed import whose CSV is lost. Called on the ledger
 * writer thread, once per group commit, with every file of the group.
 */
@FunctionalInterface
public interface FileSync {

    /** For callers whose files need no syncing (or that sync them themselves). */
    FileSync NONE = files -> { };

    /**
     * Forces {@code files}, and the directory entries that name them, to disk.
     *
     * @param files not empty, not null
     * @throws IOException when any of them cannot be forced; the whole group then fails, uncommitted
     */
    void force(List<Path> files) throws IOException;
}
