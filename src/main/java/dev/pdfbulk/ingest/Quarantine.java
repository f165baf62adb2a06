package dev.pdfbulk.ingest;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.PrintableName;
import dev.pdfbulk.output.AtomicFileWriter;
import dev.pdfbulk.scan.Sha256Hasher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * The failed folder: a failed PDF moves there under its relative path with a {@code NAME.pdf.error.txt}
 * sidecar saying why; a retried one that succeeds moves back. Never overwrites another file: a clash gets
 * a numbered name. Thread-safe for distinct files.
 */
public final class Quarantine {

    static final String SIDECAR_SUFFIX = ".error.txt";

    private final Path failedDir;

    public Quarantine(Path failedDir) {
        this.failedDir = failedDir;
    }

    /**
     * Writes the sidecar, then moves the PDF in. A crash between the two leaves the PDF where it was, so
     * the next run fails it again and finishes the move.
     *
     * @return where the PDF now is
     */
    public synchronized Path admit(Path pdf, Path relative, FailureReason reason, String message, Instant when)
            throws IOException {
        Path target = freeName(failedDir.resolve(relative), pdf);
        Files.createDirectories(target.getParent());
        writeSidecar(target, relative, reason, message, when);
        if (target.equals(pdf)) {
            // A retried file that failed again stays where it is with a fresh reason.
            return target;
        }
        if (Files.exists(target)) {
            // Same content already there (a crash after a cross-device copy): only the source remains to go.
            Files.delete(pdf);
        } else {
            move(pdf, target);
        }
        return target;
    }

    /** Moves a retried PDF that now imports back into the input folder and removes its sidecar. */
    public synchronized Path release(Path pdfInFailed, Path inputDir, Path relative) throws IOException {
        Path target = freeName(inputDir.resolve(relative), pdfInFailed);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.delete(pdfInFailed);
        } else {
            move(pdfInFailed, target);
        }
        Files.deleteIfExists(sidecar(pdfInFailed));
        return target;
    }

    private static void writeSidecar(Path pdf, Path relative, FailureReason reason, String message, Instant when)
            throws IOException {
        String text = "file: " + PrintableName.of(relative) + "\nreason: " + reason.label() + "\nerror: " + PrintableName.line(message) + "\ntime: " + when
                + "\n";
        AtomicFileWriter.write(sidecar(pdf), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Path sidecar(Path pdf) {
        return pdf.resolveSibling(pdf.getFileName() + SIDECAR_SUFFIX);
    }

    // The wanted name when free or holding the same bytes; otherwise "name (1).pdf", "name (2).pdf", ...
    private static Path freeName(Path wanted, Path source) throws IOException {
        if (wanted.equals(source) || !Files.exists(wanted) || sameContent(wanted, source)) {
            return wanted;
        }
        String name = wanted.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; ; n++) {
            Path candidate = wanted.resolveSibling(stem + " (" + n + ")" + ext);
            if (!Files.exists(candidate) || sameContent(candidate, source)) {
                return candidate;
            }
        }
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        if (a.equals(b) || Files.isSameFile(a, b)) {
            return false;
        }
        return Files.size(a) == Files.size(b) && Sha256Hasher.hash(a).equals(Sha256Hasher.hash(b));
    }

    // Rename when the folders share a file system; otherwise copy under a temporary name, rename, then delete.
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException crossDevice) {
            AtomicFileWriter.write(to, out -> Files.copy(from, out));
            Files.delete(from);
        }
    }
}
