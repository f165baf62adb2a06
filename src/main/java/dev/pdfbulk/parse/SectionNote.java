package dev.pdfbulk.parse;

/**
 * A note set between a section's title and its column header, counting the section's items ("There were 16
 * Banking/Debit Card Withdrawals and Purchases totaling $1,688.96."): one phrase of four words or more, with digits,
 * ending in a full stop. The title above it still names the rows under the header. Stateless.
 */
final class SectionNote {

    private SectionNote() {
    }

    static boolean counts(Line line) {
        String t = line.text();
        return t.endsWith(".") && line.words().size() >= 4 && t.chars().anyMatch(Character::isDigit)
                && Phrase.split(line).size() == 1;
    }
}
