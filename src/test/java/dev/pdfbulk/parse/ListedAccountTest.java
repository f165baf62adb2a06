package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A section heading naming its account by name takes the number a summary grid lists under that name. */
class ListedAccountTest {

    private static List<Line> page(String... texts) {
        PageSketch p = new PageSketch(1);
        for (String t : texts) {
            p.line(40, t);
        }
        return Line.of(p.page());
    }

    @Test
    void theGridsNumberForTheHeadingsName() {
        // Before, Chase's combined statement recorded both sections with no account.
        List<Line> lines = page("Chase Total Checking 000000829104455 $3,412.08 $6,439.63",
                "Chase Savings 000003817730091 $8,210.55 $9,048.95",
                "CHECKING SUMMARY Chase Total Checking", "SAVINGS SUMMARY Chase Savings");
        assertThat(AccountSections.listedAccount(lines.get(2), lines)).isEqualTo("****4455");
        assertThat(AccountSections.listedAccount(lines.get(3), lines)).isEqualTo("****0091");
    }

    @Test
    void noListingOrTwoNumbersForOneNameGiveNone() {
        List<Line> lines = page("Chase Savings 000003817730091 $8,210.55", "Chase Savings 000009999997777 $1.00",
                "SAVINGS SUMMARY Chase Savings", "CHECKING SUMMARY Everyday Checking");
        assertThat(AccountSections.listedAccount(lines.get(2), lines)).isNull();
        assertThat(AccountSections.listedAccount(lines.get(3), lines)).isNull();
    }
}
