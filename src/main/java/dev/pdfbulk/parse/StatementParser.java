package dev.pdfbulk.parse;

import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;

import java.util.function.Consumer;

/**
 * Turns the pages of one statement into verified transactions. Feed pages in order with
 * {@link #accept(PageText)}, then call {@link #finish()} once.
 *
 * <p>Threading: one instance per statement, used by one thread. Memory: a page's words are released
 * after {@code accept} returns; only table rows and a bounded number of other lines are kept.
 */
public interface StatementParser extends Consumer<PageText> {

    /** Reads one page; pages must come in order. Never throws for odd content: that is judged in finish. */
    @Override
    void accept(PageText page);

    /**
     * Decides dates and signs over the whole statement, then verifies it.
     *
     * @return the statement; an {@code unreconciled} result is returned, not thrown
     * @throws StatementException {@code NO_TEXT} when no page had any text, {@code NO_TRANSACTIONS} when no
     *                            transaction table was found
     */
    Statement finish() throws StatementException;

    /** A parser for any table-shaped statement layout. */
    static StatementParser create() {
        return new TableStatementParser();
    }
}
