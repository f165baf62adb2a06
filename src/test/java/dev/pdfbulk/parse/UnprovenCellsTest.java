package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines whose cells the balances cannot vouch for: words printed over each other (probes fz_361_L10, fz_405_L10, a
 * description run over the reference cell) and a description line run across the money columns, read as a note
 * (fz_386_L11), and a word glued across the reference column's edge (fz_437_L10); each came out reconciled with a
 * row's text wrong.
 */
class UnprovenCellsTest {

    private static PageSketch header() {
        return new PageSketch(1).line(40, "Statement period 01/01/2025 to 31/01/2025").gap(20)
                .line(40, "Date", 110, "Description", 240, "Reference", 330, "Amount", 420, "Balance")
                .cell(110, "Opening balance").right(460, "1,000.00").next();
    }

    @Test
    void wordsPrintedOverEachOtherLeaveTheRowsInDoubt() throws Exception {
        // "MANGER" ends at 250, "REF" starts at 240 under "Reference": read as one cell, "REF" joined the description.
        PageSketch page = header()
                .cell(40, "02/01/2025").cell(110, "FASTER PAYMENT PRET A MANGER").cell(240, "REF")
                .right(370, "-41.18").right(460, "958.82").next()
                .cell(40, "03/01/2025").cell(110, "SALARY").cell(240, "REF 1234").right(370, "100.00")
                .right(460, "1,058.82").next()
                .cell(110, "Closing balance").right(460, "1,058.82").next();
        Statement s = parse(page);
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("printed over");
    }

    @Test
    void aWordGluedAcrossTheReferenceColumnsEdgeLeavesTheRowsInDoubt() throws Exception {
        // Probe fz_437_L10: description and reference set edge to edge, "PHARMACY" ending at 240 where "REF" starts
        // under "Reference", as the other rows' references do: one word, no gap and no overlap to see. Before, the
        // statement reconciled with "PHARMACYREF" in the row's description.
        PageSketch page = header()
                .cell(40, "02/01/2025").cell(110, "BILL PAYMENT BUPA PHARMACYREF").cell(260, "036373")
                .right(370, "-41.18").right(460, "958.82").next()
                .cell(40, "03/01/2025").cell(110, "SALARY").cell(240, "REF 1234").right(370, "100.00")
                .right(460, "1,058.82").next()
                .cell(40, "04/01/2025").cell(110, "TAXI").cell(240, "REF 5678").right(370, "-8.82")
                .right(460, "1,050.00").next()
                .cell(110, "Closing balance").right(460, "1,050.00").next();
        Statement s = parse(page);
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("across a column's edge");
    }

    @Test
    void wordsSetApartAreRead() throws Exception {
        PageSketch page = header()
                .cell(40, "02/01/2025").cell(110, "FASTER PAYMENT").cell(240, "REF")
                .right(370, "-41.18").right(460, "958.82").next()
                .cell(110, "Closing balance").right(460, "958.82").next();
        Statement s = parse(page);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("FASTER PAYMENT");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDescriptionLineRunAcrossTheMoneyIsInDoubt() throws Exception {
        // Rows centred on their amounts; one row's first line runs under "Debit" ("6544"), so it reads as a note
        // spanning the columns, and was lost from its row.
        PageSketch page = new PageSketch(1).line(40, "Statement period 01/09/2025 to 30/09/2025").gap(20)
                .line(40, "Date", 110, "Particulars", 360, "Debit", 430, "Credit", 520, "Balance")
                .cell(110, "Opening balance").right(550, "1,000.00").next()
                .cell(40, "27/09/2025").cell(110, "CARD PAYMENT TESCO").right(385, "10.00").right(550, "990.00").next()
                .line(110, "BILL PAYMENT AMAZON MARKETPLACE LONDON CARD ENDING 6544").gap(-6)
                .cell(40, "29/09/2025").right(385, "18.71").right(550, "971.29").next().gap(-6)
                .line(110, "REF 1862521")
                .cell(40, "30/09/2025").cell(110, "BILL PAYMENT GAS").right(385, "5.00").right(550, "966.29").next()
                .cell(110, "Closing balance").right(550, "966.29").next();
        Statement s = parse(page);
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("read as a note");
    }

    @Test
    void aDescriptionLineRunAcrossTheMoneyARowGapBelowTheRowAboveIsInDoubt() throws Exception {
        // Probe fz_463_L12 (a fresh seed): rows parted by a gap, so the line over the amount line stands a gap below
        // the row above; read as a note it was dropped and the row kept only its line below.
        PageSketch page = new PageSketch(1).line(40, "Statement period 01/09/2025 to 30/09/2025").gap(20)
                .line(40, "Date", 110, "Particulars", 360, "Debit", 430, "Credit", 520, "Balance")
                .cell(110, "Opening balance").right(550, "1,000.00").next()
                .cell(40, "27/09/2025").cell(110, "CARD PAYMENT TESCO").right(385, "10.00").right(550, "990.00").next()
                .gap(8)
                .line(110, "BILL PAYMENT AMAZON MARKETPLACE LONDON CARD ENDING 6544").gap(-6)
                .cell(40, "29/09/2025").right(385, "18.71").right(550, "971.29").next().gap(-6)
                .line(110, "REF 1862521").gap(8)
                .cell(40, "30/09/2025").cell(110, "BILL PAYMENT GAS").right(385, "5.00").right(550, "966.29").next()
                .cell(110, "Closing balance").right(550, "966.29").next();
        Statement s = parse(page);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNVERIFIED);
        assertThat(s.reconciliation().detail()).contains("read as a note");
    }

    @Test
    void textOverAnAmountLeavesTheRowsRead() throws Exception {
        // "Total Withdrawals/Deposits" set over its own sums (hb_sg_ocbc): an amount is read by its pattern.
        PageSketch page = new PageSketch(1).line(40, "Statement period 01/01/2025 to 31/01/2025").gap(20)
                .line(40, "Date", 110, "Description", 220, "Amount", 300, "Balance")
                .cell(110, "Opening balance").right(340, "1,000.00").next()
                .cell(40, "02/01/2025").cell(110, "CARD PAYMENT TESCO STORES").right(250, "-41.18")
                .right(340, "958.82").next()
                .cell(110, "Closing balance").right(340, "958.82").next();
        Statement s = parse(page);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("CARD PAYMENT TESCO STORES");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
