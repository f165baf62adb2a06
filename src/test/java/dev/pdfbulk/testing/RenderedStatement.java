package dev.pdfbulk.testing;

import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Transaction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement PDF on disk with the truth a parser must recover from it.
 *
 * @param file         the PDF
 * @param spec         what was printed
 * @param pages        number of pages
 * @param transactions every entry as a model transaction, with the page its row starts on and the
 *                     balance as printed (null where none is)
 */
public record RenderedStatement(Path file, StatementSpec spec, int pages, List<Transaction> transactions) {

    public RenderedStatement {
        transactions = List.copyOf(transactions);
    }

    RenderedStatement(Path file, StatementSpec spec, Composition composition) {
        this(file, spec, composition.pages().size(), truth(spec, composition.entryPages()));
    }

    /** Account, currency, period and balances as printed. */
    public StatementMetadata metadata() {
        return spec.metadata();
    }

    private static List<Transaction> truth(StatementSpec spec, int[] entryPages) {
        List<Transaction> out = new ArrayList<>(entryPages.length);
        for (int i = 0; i < entryPages.length; i++) {
            StatementSpec.Entry e = spec.entries().get(i);
            out.add(new Transaction(e.date(), e.description(), e.amount(), e.balance(), entryPages[i]));
        }
        return out;
    }
}
