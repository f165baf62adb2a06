package dev.pdfbulk.ingest;

import dev.pdfbulk.model.Transaction;
import dev.pdfbulk.scan.Sha256Hasher;
import dev.pdfbulk.testing.Layouts;
import dev.pdfbulk.testing.RandomStatements;
import dev.pdfbulk.testing.RenderedStatement;
import dev.pdfbulk.testing.StatementPdfWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A folder of generated statements and their truth, for ingest tests. */
final class Batch {

    final Path dir;
    final List<RenderedStatement> statements = new ArrayList<>();

    private Batch(Path dir) {
        this.dir = dir;
    }

    /** {@code n} statements of rotating layouts, 5 to 30 transactions each, reproducible from the seed. */
    static Batch of(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir);
        Batch batch = new Batch(dir);
        var layouts = Layouts.all();
        for (int i = 0; i < n; i++) {
            var spec = RandomStatements.spec(seed + i, layouts.get(i % layouts.size()), 5 + (int) ((seed + i) % 26));
            batch.statements.add(StatementPdfWriter.write(spec, dir.resolve(String.format("stmt_%03d.pdf", i))));
        }
        return batch;
    }

    /** Truth transactions by file hash. */
    Map<String, List<Transaction>> truthByHash() {
        Map<String, List<Transaction>> out = new HashMap<>();
        for (RenderedStatement s : statements) {
            try {
                out.put(Sha256Hasher.hash(s.file()), s.transactions());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    long truthTransactions() {
        return statements.stream().mapToLong(s -> s.transactions().size()).sum();
    }

    /** Name and bytes of every regular file under the folder, for before/after comparisons. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".log"))
                    .toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
