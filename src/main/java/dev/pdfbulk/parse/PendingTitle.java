package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The title of a table of items not yet posted ("Pending Transactions", "Pending authorizations", "Authorisations
 * not yet posted", "Vorgemerkte Umsätze", "Opérations en cours"), set above its column header, perhaps over a
 * note that explains it. Such items are outside the statement's balances: the table is no part of the transaction
 * list, as a summary table is not. Stateless and thread-safe.
 */
final class PendingTitle {

    // Matched on folded text (lower case, no accents).
    private static final Pattern PENDING = Pattern.compile(
            "\\bpending\\b|\\bunposted\\b|not yet (?:been )?posted|vorgemerkt|noch nicht gebucht|en cours\\b"
                    + "|en attente\\b|in attesa\\b|pendientes?\\b|in behandeling");
    private static final int MAX_TITLE_WORDS = 6;
    // The title and the note under it: a few lines above the header at most.
    private static final int MAX_LINES_UP = 4;
    // A title is set near the header: within this many header line heights.
    private static final float MAX_HEADER_HEIGHTS = 12f;

    private PendingTitle() {
    }

    /** Whether a title above the header at {@code headerIndex} says the table lists items not yet posted. */
    static boolean above(List<Line> lines, int headerIndex) {
        Line header = lines.get(headerIndex);
        for (int k = headerIndex - 1; k >= Math.max(0, headerIndex - MAX_LINES_UP); k--) {
            Line line = lines.get(k);
            // A row or a balance line above is another table's or the statement's: the title is below it.
            if (header.y() - line.y() > MAX_HEADER_HEIGHTS * header.height() || endsInAmount(line)
                    || TableSpan.looksLikeRow(line)) {
                return false;
            }
            // A title is a short phrase without digits; a sentence of the note that mentions pending items is none.
            if (line.words().size() <= MAX_TITLE_WORDS && line.text().chars().noneMatch(Character::isDigit)
                    && PENDING.matcher(Folding.fold(line.text())).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsInAmount(Line line) {
        List<Word> words = line.words();
        return !words.isEmpty() && AmountParser.parse(words.get(words.size() - 1).text()).isPresent();
    }
}
