package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Statements holding several accounts, each in a section of its own: heading, opening, table, closing. */
class AccountSectionsTest {

    // A checking and a savings account on one page, each with its heading, its balances and its own table.
    private static PageSketch combined(String savingsClosing) {
        return new PageSketch(1)
                .line(40, "October 1, 2024 through October 31, 2024").gap(20)
                .line(40, "Checking account XXXXXX2214")
                .line(40, "Beginning balance on October 1 $4,381.62")
                .line(40, "Date", 100, "Description", 400, "Subtractions", 480, "Additions", 560, "Balance")
                .cell(40, "10/02").cell(100, "ZELLE PAYMENT").right(450, "128.13").right(600, "4,253.49").next()
                .cell(40, "10/09").cell(100, "MOBILE DEPOSIT").right(530, "127.28").right(600, "4,380.77").next()
                .line(40, "Ending balance on October 31 $4,380.77").gap(20)
                .line(40, "Savings account XXXXXX8830")
                .line(40, "Beginning balance on October 1 $12,740.00")
                .line(40, "Date", 100, "Description", 400, "Subtractions", 480, "Additions", 560, "Balance")
                .cell(40, "10/05").cell(100, "TRANSFER TO CHECKING").right(450, "839.65").right(600, "11,900.35").next()
                .cell(40, "10/31").cell(100, "INTEREST PAYMENT").right(530, "10.47").right(600, "11,910.82").next()
                .line(40, "Ending balance on October 31 " + savingsClosing);
    }

    @Test
    void eachAccountIsVerifiedOnItsOwnAndTheStatementReconcilesWhenEveryOneDoes() throws Exception {
        Statement s = parse(combined("$11,910.82"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.sections()).extracting(Section::account).containsExactly("****2214", "****8830");
        assertThat(s.sections()).extracting(Section::openingBalance)
                .containsExactly(new BigDecimal("4381.62"), new BigDecimal("12740.00"));
        assertThat(s.sections()).extracting(Section::closingBalance)
                .containsExactly(new BigDecimal("4380.77"), new BigDecimal("11910.82"));
        assertThat(s.sections()).extracting(Section::firstRow).containsExactly(0, 2);
        assertThat(s.sections()).extracting(Section::rowCount).containsExactly(2, 2);
        assertThat(s.sectionOf(3).account()).isEqualTo("****8830");
        // No one account, opening or closing stands for the whole statement.
        assertThat(s.metadata().account()).isNull();
        assertThat(s.metadata().openingBalance()).isNull();
        assertThat(s.metadata().closingBalance()).isNull();
    }

    @Test
    void oneSectionThatDoesNotAddUpLeavesTheStatementUnreconciledAndNamesIt() throws Exception {
        Statement s = parse(combined("$11,999.99"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).startsWith("account ****8830: ");
        assertThat(s.sections()).extracting(x -> x.reconciliation().status())
                .containsExactly(ReconciliationStatus.RECONCILED, ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void aContinuedHeadingOfTheSameAccountGoesOnWithItsSection() throws Exception {
        Statement s = parse(new PageSketch(1)
                        .line(40, "Statement Period 08/16/24 - 09/15/24").gap(20)
                        .line(40, "Membership Savings - 3012449927")
                        .line(40, "Date", 100, "Transaction Detail", 480, "Amount($)", 560, "Balance($)")
                        .cell(40, "08-16").cell(100, "Beginning Balance").right(600, "2,615.48").next()
                        .cell(40, "08-22").cell(100, "Transfer To Checking").right(530, "58.02-").right(600, "2,557.46")
                        .next()
                        .cell(40, "09-15").cell(100, "Ending Balance").right(600, "2,557.46").next().gap(20)
                        .line(40, "EveryDay Checking - 7012449927")
                        .line(40, "Date", 100, "Transaction Detail", 480, "Amount($)", 560, "Balance($)")
                        .cell(40, "08-16").cell(100, "Beginning Balance").right(600, "1,183.07").next()
                        .cell(40, "08-18").cell(100, "Transfer From Shares").right(530, "58.02").right(600, "1,241.09")
                        .next(),
                new PageSketch(2)
                        .line(40, "EveryDay Checking - 7012449927 (continued)")
                        .line(40, "Date", 100, "Transaction Detail", 480, "Amount($)", 560, "Balance($)")
                        .cell(40, "08-19").cell(100, "ATM Withdrawal").right(530, "41.09-").right(600, "1,200.00").next()
                        .cell(40, "09-15").cell(100, "Ending Balance").right(600, "1,200.00").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.sections()).extracting(Section::account).containsExactly("****9927", "****9927");
        assertThat(s.sections()).extracting(Section::rowCount).containsExactly(1, 2);
        assertThat(s.sections()).extracting(Section::closingBalance)
                .containsExactly(new BigDecimal("2557.46"), new BigDecimal("1200.00"));
    }

    @Test
    void headingsWithoutBalancesOfTheirOwnAreNoAccounts() throws Exception {
        // A card's cardholders, each under a heading with a number, share one balance: no sections.
        Statement s = parse(new PageSketch(1)
                .line(40, "Previous Balance $100.00")
                .line(40, "New Balance $150.00").gap(20)
                .line(40, "JOHN DOE Card ending XXXX-XXXXXX-41007")
                .line(40, "Date", 100, "Description", 560, "Amount")
                .cell(40, "10/02").cell(100, "GROCERY STORE").right(600, "20.00").next().gap(20)
                .line(40, "JANE DOE Card ending XXXX-XXXXXX-42005")
                .line(40, "Date", 100, "Description", 560, "Amount")
                .cell(40, "10/05").cell(100, "BOOK SHOP").right(600, "40.00").next());
        assertThat(s.sections()).isEmpty();
    }

    @Test
    void aLetterheadNumberRepeatedOnEveryPageHeadsNoSection() throws Exception {
        // Rows that do not add up under one account's letterhead: the page's letterhead is no second account.
        Statement s = parse(new PageSketch(1)
                        .line(40, "Account No. 1234567890 Savings Account")
                        .line(40, "CRN 4410XXXX IFSC KKBK0000652")
                        .line(40, "Opening balance 100.00")
                        .line(40, "Date", 100, "Description", 480, "Amount", 560, "Balance")
                        .cell(40, "01-07-2025").cell(100, "GROCERY").right(530, "-20.00").right(600, "80.00").next(),
                new PageSketch(2)
                        .line(40, "Account No. 1234567890 Savings Account")
                        .line(40, "Date", 100, "Description", 480, "Amount", 560, "Balance")
                        .cell(40, "05-07-2025").cell(100, "BOOKS").right(530, "-40.00").right(600, "45.00").next()
                        .line(40, "Closing balance 45.00"));
        assertThat(s.sections()).isEmpty();
    }

    @Test
    void aLineWithAnAmountOrOnlyAShortNumberNamesNoAccount() {
        assertThat(AccountSections.number(line("Checking XXXXXX2214 $4,381.62")))
                .isNull();
        assertThat(AccountSections.number(line("Page 1 of 2"))).isNull();
        assertThat(AccountSections.number(line("HKD Savings 123-456789-833 (HKD)")).digits()).isEqualTo("123456789833");
    }

    private static Line line(String text) {
        return Line.of(new PageSketch(1).line(40, text).page()).get(0);
    }
}
