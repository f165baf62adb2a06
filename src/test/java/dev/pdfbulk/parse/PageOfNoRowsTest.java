package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table whose last row's lower line is pushed by the page break alone onto a page that holds none of its rows (probe
 * fz_055_L8 of seed 3809: "INVOICE 6395971" alone under page 4's repeated header, dropped, the statement reconciled
 * but for another doubt). Such text is read as that row's rest where the page shows the table goes on there, else
 * the statement is in doubt: never reconciled with the text lost.
 */
class PageOfNoRowsTest {

    // Lines of a row 9 pt apart (a sketch line is 12 pt); the amounts of a row of an even count sit midway.
    private static final float PITCH = -3;
    private static final float MID = 4.5f;
    private static final String REST = "INVOICE 6395971";

    private static PageSketch summary() {
        return new PageSketch(1).line(40, "NORTHGATE BANK PLC", 420, "Statement of account")
                .line(40, "Statement period 01 Nov 2025 to 30 Nov 2025").gap(4)
                .line(40, "Opening balance", 450, "1,000.00")
                .line(40, "Closing balance", 450, "1,793.50").gap(20);
    }

    // A row centred on its amounts at x; its text lines from 100 (or 40 with no date column).
    private static void centred(PageSketch p, float x, String debit, String credit, String balance, String... text) {
        int n = text.length;
        for (int i = 0; i < n; i++) {
            if (n % 2 == 1 && i == n / 2) {
                p.cell(x, text[i]);
                amounts(p, debit, credit, balance).next().gap(PITCH);
                continue;
            }
            p.line(x, text[i]).gap(PITCH);
            if (n % 2 == 0 && i == n / 2 - 1) {
                amounts(p.gap(-MID), debit, credit, balance).gap(MID);
            }
        }
    }

    private static PageSketch amounts(PageSketch p, String debit, String credit, String balance) {
        if (debit != null) {
            p.right(390, debit);
        }
        if (credit != null) {
            p.right(470, credit);
        }
        return p.right(555, balance);
    }

    private static PageSketch dayHeaded(boolean centred) {
        return dayHeaded(summary(), centred);
    }

    private static PageSketch dayHeaded(PageSketch top, boolean centred) {
        PageSketch p = top.line(40, "Details", 363, "Debits", 442, "Credits", 522, "Balance").gap(PITCH);
        p.line(40, "Saturday 29 Nov 2025").gap(-2);
        if (centred) {
            centred(p, 40, "55.38", null, "944.62", "CARD PURCHASE", "SAINSBURYS", "CARDIFF CARD");
            centred(p, 40, null, "305.70", "1,250.32", "TRANSFER FROM", "SAVINGS");
            p.line(40, "Sunday 30 Nov 2025").gap(-2);
            centred(p, 40, "456.82", null, "793.50", "DIRECT DEBIT", "SHELL FUEL", "STATION LEEDS", "AUTH CODE 5738");
        } else {
            p.cell(40, "CARD PURCHASE");
            amounts(p, "55.38", null, "944.62").next().gap(PITCH);
            p.line(40, "SAINSBURYS").gap(PITCH).line(40, "CARDIFF CARD").gap(PITCH);
            p.cell(40, "TRANSFER FROM");
            amounts(p, null, "305.70", "1,250.32").next().gap(PITCH);
            p.line(40, "SAVINGS").gap(PITCH);
            p.line(40, "Sunday 30 Nov 2025").gap(-2);
            p.cell(40, "DIRECT DEBIT");
            amounts(p, "456.82", null, "793.50").next().gap(PITCH);
            p.line(40, "SHELL FUEL").gap(PITCH).line(40, "STATION LEEDS").gap(PITCH);
        }
        // The last row's first line ends page 1; its second is on page 2.
        p.cell(40, "HMRC TAX REFUND");
        return amounts(p, null, "1,000.00", "1,793.50").next();
    }

    private static PageSketch dated(boolean centred) {
        return dated(summary(), centred, false);
    }

    private static PageSketch dated(PageSketch top, boolean centred, boolean openingRow) {
        PageSketch p = top.line(40, "Date", 100, "Description", 363, "Debits", 442, "Credits", 522, "Balance")
                .gap(PITCH);
        if (openingRow) {
            p.cell(100, "Opening balance").right(555, "1,000.00").next().gap(PITCH);
        }
        if (centred) {
            p.line(100, "CARD PURCHASE").gap(PITCH).cell(40, "29 Nov").cell(100, "SAINSBURYS");
            amounts(p, "55.38", null, "944.62").next().gap(PITCH);
            p.line(100, "CARDIFF CARD").gap(PITCH);
            p.line(100, "TRANSFER FROM").gap(PITCH - MID).cell(40, "29 Nov");
            amounts(p, null, "305.70", "1,250.32").gap(MID);
            p.line(100, "SAVINGS").gap(PITCH);
            p.line(100, "DIRECT DEBIT").gap(PITCH).line(100, "SHELL FUEL").gap(PITCH - MID).cell(40, "30 Nov");
            amounts(p, "456.82", null, "793.50").gap(MID);
            p.line(100, "STATION LEEDS").gap(PITCH).line(100, "AUTH CODE 5738").gap(PITCH);
        } else {
            p.cell(40, "29 Nov").cell(100, "CARD PURCHASE");
            amounts(p, "55.38", null, "944.62").next().gap(PITCH);
            p.line(100, "SAINSBURYS").gap(PITCH).line(100, "CARDIFF CARD").gap(PITCH);
            p.cell(40, "29 Nov").cell(100, "TRANSFER FROM");
            amounts(p, null, "305.70", "1,250.32").next().gap(PITCH);
            p.line(100, "SAVINGS").gap(PITCH);
            p.cell(40, "30 Nov").cell(100, "DIRECT DEBIT");
            amounts(p, "456.82", null, "793.50").next().gap(PITCH);
            p.line(100, "SHELL FUEL STATION").gap(PITCH);
        }
        p.cell(40, "30 Nov").cell(100, "HMRC TAX REFUND");
        return amounts(p, null, "1,000.00", "1,793.50").next();
    }

    // Page 2: the bank's band, the header repeated or not, the last row's rest alone, the legal line at the foot.
    private static PageSketch pageTwo(boolean header, boolean dateColumn, float x) {
        PageSketch p = new PageSketch(2).line(40, "NORTHGATE BANK PLC", 420, "Statement of account")
                .line(520, "Page 2").gap(8);
        if (header && dateColumn) {
            p.line(40, "Date", 100, "Description", 363, "Debits", 442, "Credits", 522, "Balance").gap(3);
        } else if (header) {
            p.line(40, "Details", 363, "Debits", 442, "Credits", 522, "Balance").gap(3);
        }
        return p.line(x, REST).gap(600)
                .line(40, "Northgate Bank PLC is authorised by the Prudential Regulation Authority.");
    }

    private static String last(Statement s) {
        List<Transaction> rows = s.transactions();
        return rows.get(rows.size() - 1).description();
    }

    // Never a silent error: reconciled only with the rest read.
    private static void neverReconciledWithTheRestLost(Statement s) {
        assertThat(s.reconciliation().status()).isIn(ReconciliationStatus.RECONCILED, ReconciliationStatus.UNVERIFIED);
        if (s.reconciliation().status() == ReconciliationStatus.RECONCILED) {
            assertThat(last(s)).isEqualTo("HMRC TAX REFUND " + REST);
        }
    }

    // Read as the last row's rest, in doubt: nothing but the text's standing alone shows it is no furniture.
    private static void readInDoubt(Statement s) {
        assertThat(last(s)).isEqualTo("HMRC TAX REFUND " + REST);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("top of page 2");
    }

    @Test
    void theRestUnderARepeatedHeaderOfDayHeadedCentredRowsEndsTheLastRow() throws Exception {
        // fz_055_L8's shape: the header names no date column, so with no row under it no header is found; the rest
        // read, the count of centred rows no longer holds at the table's end, and a line between two rows is in doubt.
        Statement s = parse(dayHeaded(true), pageTwo(true, false, 40));
        assertThat(last(s)).isEqualTo("HMRC TAX REFUND " + REST);
        neverReconciledWithTheRestLost(s);
    }

    @Test
    void theRestUnderARepeatedHeaderOfDayHeadedTopAlignedRowsEndsTheLastRow() throws Exception {
        Statement s = parse(dayHeaded(false), pageTwo(true, false, 40));
        assertThat(s.transactions()).hasSize(4);
        assertThat(last(s)).isEqualTo("HMRC TAX REFUND " + REST);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theRestAloneWithNoHeaderAfterDayHeadedRowsIsReadInDoubt() throws Exception {
        readInDoubt(parse(dayHeaded(false), pageTwo(false, false, 40)));
        neverReconciledWithTheRestLost(parse(dayHeaded(true), pageTwo(false, false, 40)));
    }

    @Test
    void theRestUnderARepeatedDatedHeaderEndsTheLastRow() throws Exception {
        Statement s = parse(dated(false), pageTwo(true, true, 100));
        assertThat(last(s)).isEqualTo("HMRC TAX REFUND " + REST);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        neverReconciledWithTheRestLost(parse(dated(true), pageTwo(true, true, 100)));
    }

    @Test
    void aPageHoldingOnlyTheLastRowsRestLosesNoRows() throws Exception {
        // No summary prints the closing: the last row's balance is it, read on page 1, the rest alone on page 2. A page
        // whose part of the table is a row's rest holds no row that could be lost after that balance. Before, the
        // table counted as read to its end on no page: "closing balance taken from page 1 ...", unreconciled.
        PageSketch top = new PageSketch(1).line(40, "Statement period 01 Nov 2025 to 30 Nov 2025").gap(20);
        Statement s = parse(dated(top, false, true), pageTwo(true, true, 100));
        assertThat(last(s)).isEqualTo("HMRC TAX REFUND " + REST);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theRestAloneWithNoHeaderAfterDatedRowsIsReadInDoubt() throws Exception {
        readInDoubt(parse(dated(false), pageTwo(false, true, 100)));
        neverReconciledWithTheRestLost(parse(dated(true), pageTwo(false, true, 100)));
    }

    @Test
    void underARepeatedHeaderOfRowsNeverShownToWrapTheRestIsInDoubt() throws Exception {
        // One line a row: nothing shows the table's rows wrap, so the line may as well be furniture under the header.
        PageSketch one = summary().line(40, "Details", 363, "Debits", 442, "Credits", 522, "Balance").gap(PITCH)
                .line(40, "Saturday 29 Nov 2025").gap(-2);
        amounts(one.cell(40, "CARD PURCHASE SAINSBURYS"), "55.38", null, "944.62").next().gap(PITCH);
        amounts(one.cell(40, "TRANSFER FROM SAVINGS"), null, "305.70", "1,250.32").next().gap(PITCH);
        one.line(40, "Sunday 30 Nov 2025").gap(-2);
        amounts(one.cell(40, "DIRECT DEBIT SHELL"), "456.82", null, "793.50").next().gap(PITCH);
        amounts(one.cell(40, "HMRC TAX REFUND"), null, "1,000.00", "1,793.50").next();
        readInDoubt(parse(one, pageTwo(true, false, 40)));
    }

    @Test
    void aBoxsHeadingOverItsLinesOnAPageAfterTheTableIsNoRowsText() throws Exception {
        // A box after the table's last row (the rates charged): its heading in the description column, its lines
        // close under it running across the money columns. No row's rest stands alone there.
        PageSketch two = new PageSketch(2).line(40, "NORTHGATE BANK PLC", 420, "Statement of account")
                .line(520, "Page 2").gap(8)
                .line(40, "Annual Balance Subject")
                .line(40, "Balance Type", 300, "Percentage Rate", 450, "Interest Charges")
                .line(40, "Purchases", 300, "21.49%", 450, "0.00").gap(600)
                .line(40, "Northgate Bank PLC is authorised by the Prudential Regulation Authority.");
        Statement s = parse(dated(false), two);
        assertThat(last(s)).isEqualTo("HMRC TAX REFUND");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aBalanceBroughtForwardOverTheRestIsTheTablesNotTheOpening() throws Exception {
        // given: probe fz_239_L8 of seed 3102: no summary, rows under day headings, page 1 closing on its balance
        // carried forward; page 2 holds the header repeated (no date column: found only over dated rows), the balance
        // brought forward and the last row's rest, no row
        PageSketch one = dayHeaded(new PageSketch(1).line(40, "Statement period 01 Nov 2025 to 30 Nov 2025").gap(20),
                false).cell(40, "Balance carried forward").right(555, "1,793.50").next();
        PageSketch two = new PageSketch(2).line(40, "NORTHGATE BANK PLC", 420, "Statement of account")
                .line(520, "Page 2").gap(8)
                .line(40, "Details", 363, "Debits", 442, "Credits", 522, "Balance").gap(3)
                .cell(40, "Balance brought forward").right(555, "1,793.50").next().gap(PITCH)
                .line(40, REST).gap(600)
                .line(40, "Northgate Bank PLC is authorised by the Prudential Regulation Authority.");

        // when
        Statement s = parse(one, two);

        // then: no opening printed; the walk starts from the first row's balance, the brought-forward one checked on
        // the way, never taken for an opening the first row's balance disagrees with
        assertThat(s.metadata().openingBalance()).isNull();
        assertThat(last(s)).isEqualTo("HMRC TAX REFUND " + REST);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
    }
}
