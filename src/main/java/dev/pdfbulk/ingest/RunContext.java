package dev.pdfbulk.ingest;

import dev.pdfbulk.model.ImportRecord;
import dev.pdfbulk.model.ImportStatus;
import dev.pdfbulk.output.CsvStatementWriter;
import dev.pdfbulk.store.LedgerWriter;
import dev.pdfbulk.store.SqliteLedger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** What every file task of one run shares. Thread-safe. */
final class RunContext {

    private final IngestOptions options;
    private final TimedStatementReader reader;
    private final SqliteLedger ledger;
    private final LedgerWriter writer;
    private final Quarantine quarantine;
    private final GuardedListener listener;
    private final CsvStatementWriter csv = new CsvStatementWriter();
    private final Set<String> hashesSeen = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> stopReason = new AtomicReference<>();

    RunContext(IngestOptions options, TimedStatementReader reader, SqliteLedger ledger, LedgerWriter writer,
               Quarantine quarantine, GuardedListener listener) {
        this.options = options;
        this.reader = reader;
        this.ledger = ledger;
        this.writer = writer;
        this.quarantine = quarantine;
        this.listener = listener;
    }

    /** The run's listener, already guarded: it never throws. */
    GuardedListener listener() {
        return listener;
    }

    IngestOptions options() {
        return options;
    }

    TimedStatementReader reader() {
        return reader;
    }

    LedgerWriter writer() {
        return writer;
    }

    Quarantine quarantine() {
        return quarantine;
    }

    CsvStatementWriter csv() {
        return csv;
    }

    /** True for the first file of the run with this content. */
    boolean firstInRun(String hash) {
        return hashesSeen.add(hash);
    }

    /** True when this content imported successfully and its CSV is still where that import wrote it. */
    boolean alreadyImported(String hash) {
        // One lookup: previousCsv is null unless the last outcome was a success. A CSV deleted (or lost with a
        // disk) since then means the import is not complete any more.
        String csv = previousCsv(hash);
        return csv != null && Files.exists(Path.of(csv));
    }

    /** The CSV an earlier successful import of this content wrote, or null. */
    String previousCsv(String hash) {
        Optional<ImportRecord> record = ledger.find(hash);
        return record.filter(r -> r.status() == ImportStatus.SUCCESS).map(ImportRecord::csvPath).orElse(null);
    }

    /** OUT_DIR/relative path of the PDF with its extension replaced by .csv. */
    Path csvPath(Path relative) {
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String csvName = (dot > 0 ? name.substring(0, dot) : name) + ".csv";
        return options.outputDir().resolve(relative).resolveSibling(csvName);
    }

    void stop(String reason) {
        stopReason.compareAndSet(null, reason);
    }

    boolean stopping() {
        return stopReason.get() != null || writer.fatalError().isPresent();
    }

    String stopReason() {
        String reason = stopReason.get();
        if (reason == null && writer.fatalError().isPresent()) {
            reason = "database unusable: " + writer.fatalError().get().getMessage();
        }
        return reason;
    }
}
