package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section headings set in the description column between two rows ("PURCHASES &amp; DEBITS" after a purchase, with
 * no total line between). Such a line sits nearer the row below than the row above, as a line a row wraps above its
 * date would, so the table's other rows decide: a heading is a short line of capitals or section words, set as far
 * from the row below as one-line rows are from each other (a wrapped line is set tighter), in a table where no
 * other text nearer the row below proves that rows wrap above their date. Stateless and thread-safe.
 */
final class RowHeading {

    private static final int MAX_WORDS = 6;
    // Words of a section's name only: any other word may be a wrapped description line.
    private static final Pattern SECTION_PHRASE = Pattern.compile("(?:(?:payments?|credits?|refunds?|returns?|deposits?"
            + "|additions?|purchases?|charges?|debits?|withdrawals?|fees?|interest|charged|cash|advances?|new|other"
            + "|and|&|adjustments?)(?: |$))+");
    // A line set a row's pitch from the next row, give or take rounding, stands on a row of its own.
    private static final float OWN_ROW = 0.9f;
    // A card named by its masked number ("PRIMARY CARD 4567 XXXX XXXX 8901", "Karte **** 1234"), on folded text.
    private static final Pattern CARD_WORD =
            Pattern.compile("\\b(?:card|carte|karte|kreditkarte|tarjeta|cartao|carta)\\b");
    private static final Pattern MASKED_NUMBER = Pattern.compile("(?<![a-z])[x*\u2022]{4,}(?![a-z])|\\d{4}");
    // A card named by its last digits after its holder's name in capitals ("JOHN D REYES Card Ending 1-41017", as
    // American Express titles each card member's charges), or after a "Card Member:" label the name in any case, and
    // "(continued)" on a later page ("Card Member: J Smith Card ending 1004"), nothing else; on the printed text.
    private static final Pattern CARD_ENDING = Pattern.compile("(?:(?:Card ?[Mm]ember|CARD ?MEMBER|Cardmember):? "
            + "(?:\\p{Lu}[\\p{L}.'-]* ){1,5}|(?:[A-Z][A-Z.'-]* ){1,5})Card [Ee]nding:? \\d[\\d-]{3,}"
            + "(?: \\([Cc]ontinued\\))?");
    // The same title naming the card by its masked number after a card word set in small letters, unlike the name
    // ("ANA P FERREIRA Cartão 4551 XXXX XXXX 2290", as Brazilian cards title each holder's purchases), nothing after:
    // a group of masks and the last four digits ("PURCHASE CARD XXXX 1234", all capitals, is a description's).
    private static final Pattern HOLDER_CARD = Pattern.compile("(?:\\p{Lu}[\\p{Lu}.'-]* ){1,5}"
            + "(?:Card|Cartão|Cartao|Carte|Karte|Tarjeta|Carta)"
            + "(?: N[°º.]| No\\.| Nr\\.)?(?: [\\dXx*\u2022]{4}){0,2} (?:[Xx*\u2022]{4}) \\d{4}");

    private RowHeading() {
    }

    /**
     * What the table's lines prove about text set between rows, for {@link #heads}: the pitch of its one-line rows,
     * NaN when no two one-line rows follow each other or when a line that is no heading is set nearer the row
     * below than the row above (the table wraps rows above their date, so no such line is known to be a heading).
     */
    static float rowPitch(List<TableLine> lines, float clearlyNearer) {
        List<Float> pitches = new ArrayList<>();
        for (int k = 0; k + 1 < lines.size(); k++) {
            TableLine a = lines.get(k);
            TableLine b = lines.get(k + 1);
            if (isRowLine(a) && isRowLine(b) && a.page() == b.page() && b.y() > a.y()) {
                pitches.add(b.y() - a.y());
            }
            int j = k + 1;
            while (j < lines.size() && lines.get(j).isTextOnly()) {
                j++;
            }
            if (j > k + 1 && j < lines.size() && isRowLine(a) && isRowLine(lines.get(j))) {
                TableLine text = lines.get(k + 1);
                TableLine next = lines.get(j);
                boolean nearerNext = next.page() == a.page() && text.page() == a.page()
                        && next.y() - text.y() < clearlyNearer * (text.y() - a.y());
                if (nearerNext && (j > k + 2 || !headingLike(text))) {
                    return Float.NaN;
                }
            }
        }
        if (pitches.isEmpty()) {
            return Float.NaN;
        }
        float[] sorted = new float[pitches.size()];
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = pitches.get(k);
        }
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** True when {@code text}, the only line between a complete row and the dated row {@code next}, heads the rows. */
    static boolean heads(TableLine text, TableLine next, float rowPitch) {
        return next.date() != null && next.hasTransactionMoney() && ownRow(text, next, rowPitch) && headingLike(text);
    }

    /** True when {@code text} stands a one-line row's pitch above the row {@code next}: on a row of its own. */
    static boolean ownRow(TableLine text, TableLine next, float rowPitch) {
        return !Float.isNaN(rowPitch) && next.page() == text.page() && next.y() - text.y() >= OWN_ROW * rowPitch;
    }

    /**
     * With no row to continue, whether text set above the next row names the rows rather than being that row's first
     * line. It is the next row's only when clearly nearer to it than to the header or balance row above, at
     * {@code abovePage}/{@code aboveY} (its description centred on the date), set tighter to it than one-line rows are
     * to each other (as a wrapped line is), and naming no card by its number; else it names the rows ("Mr D Campbell -
     * card ending 7734", "PRIMARY CARD 4567 XXXX XXXX 8901") and belongs to none, however wide the gap above it.
     */
    static boolean headsTheRows(TableLine text, TableLine next, int abovePage, float aboveY, float rowPitch) {
        if (abovePage != text.page() || Float.isNaN(aboveY)) {
            return false;
        }
        return next.y() - text.y() >= PendingText.CLEARLY_NEARER * (text.y() - aboveY)
                || ownRow(text, next, rowPitch) || namesACard(text);
    }

    /**
     * True when the line titles a card member's rows: the holder's name in capitals, then "Card Ending" and the card's
     * last digits ("JOHN D REYES Card Ending 1-41017"), or a card word and the card's masked number ("ANA P FERREIRA
     * Cartão 4551 XXXX XXXX 2290"), nothing else; never a wrapped line of a description.
     */
    static boolean titlesACardMember(TableLine text) {
        String d = text.description();
        return titlesACardMember(d)
                || d.length() > 12 && Character.isDigit(d.charAt(d.length() - 1)) && namesACard(text)
                && HOLDER_CARD.matcher(d).matches();
    }

    /**
     * True when the text is a card member's title naming the card by its last digits ("JOHN D REYES Card Ending
     * 1-41017", "Card Member: J SMITH Card ending 1004"): however many its words, it heads that member's rows.
     */
    static boolean titlesACardMember(String text) {
        return (text.contains("Card Ending") || text.contains("Card ending")) && CARD_ENDING.matcher(text).matches();
    }

    /**
     * True when the line names a card by its masked number: the title of that card's rows, which no transaction's
     * description starts with, wherever the table sets its wrapped lines.
     */
    static boolean namesACard(TableLine text) {
        return namesACard(text.description());
    }

    /**
     * True when the text names a card by its masked number with no amount: a card member's title set over that card's
     * rows, right under the header or between rows ("Card number 4500 XXXX XXXX 7731   SOPHIE TREMBLAY", its cells set
     * apart), which the table goes on under.
     */
    static boolean titlesACard(Line line) {
        for (Word w : line.words()) {
            if (AmountParser.parse(w.text()).isPresent()) {
                return false;
            }
        }
        return namesACard(line.text());
    }

    /**
     * True when the line names a card and holds a number ("JANE DOE Card ending 1234 Transactions", "Card #1-23456"):
     * a card's title, however it prints the number.
     */
    static boolean namesCardNumber(TableLine text) {
        return RegexChars.hasDigit(text.description()) && CARD_WORD.matcher(Folding.fold(text.description())).find();
    }

    private static boolean namesACard(String description) {
        String folded = Folding.fold(description);
        if (!CARD_WORD.matcher(folded).find()) {
            return false;
        }
        Matcher m = MASKED_NUMBER.matcher(folded);
        boolean mask = false;
        boolean digits = false;
        while (m.find()) {
            mask |= !Character.isDigit(m.group().charAt(0));
            digits |= Character.isDigit(m.group().charAt(0));
        }
        return mask && digits;
    }

    // A short line of capitals ("PURCHASES & DEBITS") or of words naming a section ("Fees charged"), no digits.
    static boolean headingLike(TableLine text) {
        String d = text.description();
        if (d.isEmpty() || d.split(" ").length > MAX_WORDS || d.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        boolean capitals = d.chars().anyMatch(Character::isLetter)
                && d.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return capitals || Marker.sectionDirection(d) != 0;
    }

    /**
     * True when the line is a section's name and nothing else ("PURCHASE", "PAYMENTS AND OTHER CREDITS", "Fees
     * Charged"). Where every line of text between a table's rows is one, no row wraps, so each heads the rows below
     * even where it is set as near the row above as the next row is, as Chase sets them.
     */
    static boolean namesASection(TableLine text) {
        String d = text.description();
        return d.length() <= 40 && headingLike(text) && Marker.sectionDirection(d) != 0
                && SECTION_PHRASE.matcher(Folding.fold(d)).matches();
    }

    /**
     * True when the line titles the rows below it, wherever set: a section's name, a card by its masked number, or a
     * card member's title ("PAYMENTS AND OTHER CREDITS", "J SMITH Card ending 7730"); never a row's first line.
     */
    static boolean titleOfRows(TableLine text) {
        return namesASection(text) || namesACard(text) || titlesACardMember(text);
    }

    /**
     * True when the one line of text after a row is an empty section's heading: a section's name and nothing else
     * ("FEES CHARGED", "INTEREST CHARGED") right above its own total of nothing ("TOTAL FEES FOR THIS PERIOD $0.00"),
     * as US cards print the charges they did not make. It is no text of the row above, however near it is set.
     */
    static boolean headsNilTotal(List<TableLine> pending, TableLine total) {
        return total.marker() == Marker.TOTAL && pending.size() == 1 && TableSectionHeading.nil(total)
                && namesASection(pending.get(0));
    }

    // A line of a row that is complete: a date, or an amount, on it.
    private static boolean isRowLine(TableLine line) {
        return line.marker() == null && line.date() != null && line.hasTransactionMoney();
    }
}
