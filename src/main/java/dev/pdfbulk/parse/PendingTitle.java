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
    private static final Pattern PENDING_WORD = Pattern.compile("pending|vorgemerkt|pendiente|unposted|en attente");
    // A title naming the posted items ("Posted Transactions", "Gebuchte Umsätze") heads the posted table.
    private static final Pattern POSTED = Pattern.compile("\\bposted\\b|\\bgebucht|\\bbooked\\b|comptabilise");
    // Entries booked for a later day ("Lançamentos futuros", "Movimientos futuros", "Opérations à venir", "Scheduled
    // transactions"): as pending items, outside the balances.
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:lancamentos|movimientos|movimentos|operations|transactions|payments|pagamentos|debitos) "
                    + "(?:futur[oae]s|a venir)\\b|\\bscheduled (?:transactions|payments)\\b|\\bagendamentos\\b");
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
            if (line.words().size() <= MAX_TITLE_WORDS && line.text().chars().noneMatch(Character::isDigit)) {
                String folded = Folding.fold(line.text());
                if (PENDING.matcher(folded).find()) {
                    return true;
                }
                // Above it is the pending table's last row, whose note ("Vorgemerkt – Buchung folgt") is no title.
                if (POSTED.matcher(folded).find()) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Whether the line titles items not yet posted ("Lançamentos futuros", Banco do Brasil's scheduled entries;
     * "Pending transactions") right under the table's balance row, its closing: a short phrase without digits set
     * from the table's left edge. The items below it are outside the statement's balances, no rows of the table.
     */
    static boolean underClosing(Line line, TableLine last, TableColumns columns) {
        List<Word> words = line.words();
        if (last == null || last.marker() != Marker.BALANCE || words.isEmpty() || words.size() > MAX_TITLE_WORDS
                || line.text().chars().anyMatch(Character::isDigit)) {
            return false;
        }
        Column description = columns.description();
        if (description != null && words.get(0).x() >= description.left()) {
            return false;
        }
        String folded = Folding.fold(line.text());
        return PENDING.matcher(folded).find() || FUTURE.matcher(folded).find();
    }

    /**
     * Whether a row of an online banking list prints a word for pending ("Pending", "Vorgemerkt") in the date column
     * and ends in an amount: an item not yet posted, listed among the posted rows.
     */
    static boolean inDateColumn(Line line, TableColumns columns) {
        Column date = columns.date();
        List<Word> words = line.words();
        if (date == null || words.size() < 2 || !endsInAmount(line)) {
            return false;
        }
        Word first = words.get(0);
        Column description = columns.description();
        float textLeft = description == null ? date.right() : description.left();
        return first.x() < textLeft && first.text().chars().noneMatch(Character::isDigit)
                && PENDING_WORD.matcher(Folding.fold(first.text())).matches();
    }

    private static boolean endsInAmount(Line line) {
        List<Word> words = line.words();
        return !words.isEmpty() && AmountParser.parse(words.get(words.size() - 1).text()).isPresent();
    }
}
