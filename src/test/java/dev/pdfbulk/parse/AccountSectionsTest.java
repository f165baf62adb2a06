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
    void aHeadingNamingTheAccountByItsKindAboveItsSummaryBlockStartsASection() throws Exception {
        // "CHECKING SUMMARY | Chase Total Checking" over the section's own summary, then its detail table.
        PageSketch page = new PageSketch(1).line(40, "March 12, 2025 through April 10, 2025").gap(20);
        String[][] accounts = {{"CHECKING SUMMARY", "Chase Total Checking", "3,412.08", "-92.51", "3,319.57"},
            {"SAVINGS SUMMARY", "Chase Savings", "8,210.55", "0.37", "8,210.92"}};
        for (String[] a : accounts) {
            page.line(40, a[0], 200, a[1])
                    .line(400, "INSTANCES", 540, "AMOUNT")
                    .line(40, "Beginning Balance", 540, "$" + a[2])
                    .line(40, "Ending Balance", 400, "1", 540, "$" + a[4])
                    .line(40, "TRANSACTION DETAIL")
                    .line(40, "DATE", 90, "DESCRIPTION", 470, "AMOUNT", 560, "BALANCE")
                    .cell(90, "Beginning Balance").right(600, "$" + a[2]).next()
                    .cell(40, "03/15").cell(90, "Con Edison Payment").right(500, a[3]).right(600, a[4]).next()
                    .cell(90, "Ending Balance").right(600, "$" + a[4]).next().gap(20);
        }
        Statement s = parse(page);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.sections()).extracting(Section::closingBalance)
                .containsExactly(new BigDecimal("3319.57"), new BigDecimal("8210.92"));
        // No number printed: the section names no account.
        assertThat(s.sections()).extracting(Section::account).containsExactly(null, null);
    }

    @Test
    void accountsInTwoCurrenciesKeepEachItsOwn() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Finanzstatus 01.06.2025 - 30.06.2025").gap(20)
                .line(40, "Kontoauszug Girokonto")
                .line(40, "IBAN DE12 3705 0198 0012 3456 78", 300, "Kontowährung EUR")
                .line(40, "Buchungstag", 150, "Erläuterung", 440, "Soll EUR", 520, "Haben EUR")
                .cell(150, "Kontostand am 31.05.2025").right(560, "1.842,37").next()
                .cell(40, "02.06.2025").cell(150, "Miete").right(470, "850,00").next()
                .cell(150, "Kontostand am 30.06.2025").right(560, "992,37").next().gap(20)
                .line(40, "Kontoauszug Fremdwährungskonto USD")
                .line(40, "IBAN DE71 3705 0198 0071 8899 00", 300, "Kontowährung USD")
                .line(40, "Buchungstag", 150, "Erläuterung", 440, "Soll USD", 520, "Haben USD")
                .cell(150, "Kontostand am 31.05.2025").right(560, "3.120,40").next()
                .cell(40, "30.06.2025").cell(150, "Zinsgutschrift").right(560, "1,08").next()
                .cell(150, "Kontostand am 30.06.2025").right(560, "3.121,48").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.sections()).extracting(Section::currency).containsExactly("EUR", "USD");
        assertThat(s.metadata().currency()).isNull();
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

    @Test
    void dotsOrAnEllipsisBeforeTheLastDigitsMaskANumber() throws Exception {
        // SoFi: "Checking Account ...4417" and "Savings Account ...9082" head the two sections.
        assertThat(AccountSections.number(line("Checking Account ...4417")).masked4()).isEqualTo("****4417");
        assertThat(AccountSections.number(line("Savings Account \u20269082")).masked4()).isEqualTo("****9082");
        // A single dot, or dots with no digits after them, mask nothing.
        assertThat(AccountSections.number(line("Checking Account .4417"))).isNull();
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement Period: August 1, 2025 - August 31, 2025").gap(20)
                .line(40, "Checking Account ...4417")
                .line(40, "Date", 110, "Description", 450, "Amount", 550, "Balance")
                .cell(110, "Beginning Balance").right(590, "$3,184.20").next()
                .cell(40, "08/02").cell(110, "Transfer to Savings ...9082").right(490, "-$500.00").right(590, "$2,684.20").next()
                .cell(40, "08/06").cell(110, "Venmo Payment").right(490, "-$81.99").right(590, "$2,602.21").next()
                .cell(110, "Ending Balance").right(590, "$2,602.21").next().gap(20)
                .line(40, "Savings Account ...9082")
                .line(40, "Date", 110, "Description", 450, "Amount", 550, "Balance")
                .cell(110, "Beginning Balance").right(590, "$12,650.00").next()
                .cell(40, "08/02").cell(110, "Transfer from Checking ...4417").right(490, "$500.00").right(590, "$13,150.00").next()
                .cell(40, "08/31").cell(110, "Interest Earned").right(490, "$43.38").right(590, "$13,193.38").next()
                .cell(110, "Ending Balance").right(590, "$13,193.38").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.sections()).extracting(Section::account).containsExactly("****4417", "****9082");
        assertThat(s.sections()).extracting(Section::closingBalance)
                .containsExactly(new BigDecimal("2602.21"), new BigDecimal("13193.38"));
    }

    private static Line line(String text) {
        return Line.of(new PageSketch(1).line(40, text).page()).get(0);
    }
}
