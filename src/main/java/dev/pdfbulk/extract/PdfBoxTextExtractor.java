package dev.pdfbulk.extract;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.StatementException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link TextExtractor} on Apache PDFBox. Classifies unreadable files into {@link FailureReason}s and
 * checks each page's decoded content size before PDFBox interprets it.
 */
public final class PdfBoxTextExtractor implements TextExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(PdfBoxTextExtractor.class);

    @Override
    public ExtractionSummary extract(Path pdf, ExtractionOptions options, Consumer<PageText> sink)
            throws StatementException, InterruptedException {
        PdfFileCheck check = PdfFileCheck.of(pdf);
        try (PDDocument document = open(pdf, options.passwords())) {
            int declared = document.getNumberOfPages();
            if (declared > options.maxPages()) {
                throw new StatementException(FailureReason.RESOURCE_LIMIT,
                        declared + " pages, over the limit of " + options.maxPages());
            }
            if (declared == 0) {
                throw new StatementException(FailureReason.CORRUPT, check.truncated()
                        ? "truncated PDF: no readable page" : "damaged PDF: no readable page");
            }
            PageReader reader = new PageReader(options, sink);
            int pages = reader.readAll(document);
            return new ExtractionSummary(pages, declared, check.truncated(), reader.imagesSeen());
        } catch (PageReader.SinkFailure failure) {
            throw failure.getCause();
        } catch (PageReader.Abort abort) {
            if (abort.getCause() instanceof InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw interrupted;
            }
            throw (StatementException) abort.getCause();
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException
                 | ClassCastException | IndexOutOfBoundsException | NullPointerException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw cancelled(e);
            }
            // PDFBox surfaces broken structure as any of these; all mean the same to the user.
            LOG.debug("PDFBox could not read {}", pdf, e);
            throw new StatementException(FailureReason.CORRUPT,
                    (check.truncated() ? "truncated PDF: " : "damaged PDF: ") + oneLine(e), e);
        } catch (StackOverflowError e) {
            // A page tree or object chain 100,000 deep: PDFBox walks it by recursion.
            throw new StatementException(FailureReason.CORRUPT, "damaged PDF: structure nested too deeply", e);
        } catch (OutOfMemoryError e) {
            throw new StatementException(FailureReason.RESOURCE_LIMIT, "ran out of memory while reading it", e);
        }
    }

    @Override
    public void warmUp(Consumer<PageText> sink) {
        try {
            PdfBoxWarmUp.run(sink);
        } catch (IOException | RuntimeException e) {
            LOG.debug("PDFBox warm-up failed; the first file will load what it needs", e);
        }
    }

    private static PDDocument open(Path pdf, List<String> passwords) throws StatementException, IOException {
        List<String> tries = new ArrayList<>(passwords.size() + 1);
        tries.add("");
        tries.addAll(passwords);
        for (String password : tries) {
            // The Path, not a File: a File is rebuilt from the name as text, which loses a name that is not valid UTF-8.
            RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(pdf);
            try {
                return Loader.loadPDF(source, password);
            } catch (InvalidPasswordException wrong) {
                source.close();
                LOG.debug("password {} of {} did not open {}", tries.indexOf(password), tries.size(), pdf.getFileName());
            } catch (IOException | RuntimeException e) {
                // PDFBox leaves the file open when loading fails; a batch of bad files would run out of handles.
                source.close();
                throw e;
            }
        }
        throw new StatementException(FailureReason.ENCRYPTED, passwords.isEmpty()
                ? "encrypted: a password is needed (--password)"
                : "encrypted: none of the " + passwords.size() + " given password(s) opens it");
    }

    // An interrupt closes the file channel under PDFBox: the caller is cancelling, the file is fine.
    private static InterruptedException cancelled(Exception cause) {
        InterruptedException interrupted = new InterruptedException("extraction interrupted");
        interrupted.initCause(cause);
        return interrupted;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ").trim();
        return message.length() > 160 ? message.substring(0, 157) + "..." : message;
    }

    /** First and last bytes of the file: is it a PDF at all, and does it end as a PDF must. */
    record PdfFileCheck(boolean truncated) {
        private static final int PROBE = 1024;

        static PdfFileCheck of(Path pdf) throws StatementException, InterruptedException {
            try {
                long size = Files.size(pdf);
                if (size == 0) {
                    throw new StatementException(FailureReason.NOT_PDF, "not a PDF: the file is empty");
                }
                byte[] head;
                byte[] tail;
                try (InputStream in = Files.newInputStream(pdf)) {
                    head = in.readNBytes(PROBE);
                    long skip = size - head.length - PROBE;
                    if (skip > 0) {
                        in.skipNBytes(skip);
                    }
                    tail = in.readNBytes(PROBE);
                }
                String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
                // A ZIP (an .xlsx, a zipped download) may store a PDF whose header falls in the first KB.
                if (start.startsWith("PK\u0003\u0004")) {
                    throw new StatementException(FailureReason.NOT_PDF, "not a PDF: a ZIP archive (unzip it first)");
                }
                if (!start.contains("%PDF-")) {
                    throw new StatementException(FailureReason.NOT_PDF,
                            "not a PDF: no %PDF- header (" + describe(head) + ")");
                }
                // Under two probes the tail starts where the head ends, so "%%EOF" may straddle the two.
                byte[] both = Arrays.copyOf(head, head.length + tail.length);
                System.arraycopy(tail, 0, both, head.length, tail.length);
                int from = Math.max(0, both.length - PROBE);
                String end = new String(both, from, both.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
                return new PdfFileCheck(!end.contains("%%EOF"));
            } catch (NoSuchFileException e) {
                throw new StatementException(FailureReason.INTERNAL, REMOVED, e);
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw cancelled(e);
                }
                throw new StatementException(FailureReason.INTERNAL, "cannot read file: " + oneLine(e), e);
            }
        }

        private static String describe(byte[] head) {
            int printable = 0;
            for (byte b : head) {
                if ((b >= 0x20 && b < 0x7f) || b == '\n' || b == '\r' || b == '\t') {
                    printable++;
                }
            }
            return printable * 10 >= head.length * 9 ? "looks like a text file" : "unknown binary content";
        }
    }
}
