package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bilingual headers: a second header row naming the same columns in another language is part of the header. */
class HeaderTranslationTest {

    private static PageSketch rows(PageSketch p) {
        return p.cell(40, "Aug 01").cell(100, "Opening balance / Solde d'ouverture").right(560, "912.40").next()
                .cell(40, "Aug 01").cell(100, "Bill Payment / Paiement de facture").right(400, "130.88")
                .right(560, "781.52").next()
                .cell(40, "Aug 02").cell(100, "Payroll Deposit / Dépôt de paie").right(480, "1,250.00")
                .right(560, "2,031.52").next();
    }

    @Test
    void aFrenchRowUnderTheEnglishHeaderIsPartOfTheHeader() throws Exception {
        PageSketch p = rows(new PageSketch(1)
                .line(40, "Statement period Aug 01, 2025 to Aug 31, 2025").gap(20)
                .line(40, "Date", 100, "Description", 330, "Withdrawals ($)", 420, "Deposits ($)", 505, "Balance ($)")
                .line(40, "Date", 100, "Description", 350, "Retraits ($)", 430, "Dépôts ($)", 515, "Solde ($)"));
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-130.88"), new BigDecimal("1250.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aSecondRowNamingOnlyTheMoneyColumnsAgainIsPartOfTheHeader() throws Exception {
        // Without dates of its own, the French row is no header alone: read as a row, it ended the table.
        PageSketch p = rows(new PageSketch(1)
                .line(40, "Statement period Aug 01, 2025 to Aug 31, 2025").gap(20)
                .line(40, "Date", 100, "Description", 330, "Withdrawals (€)", 420, "Deposits (€)", 505, "Balance (€)")
                .line(350, "Retraits (€)", 430, "Dépôts (€)", 515, "Solde (€)"));
        Statement s = parse(p);
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aRowWhoseWordsNameOtherColumnsIsNoPartOfTheHeader() {
        // "Solde" under Withdrawals does not restate that column: the row is not the header's, so it ends the table.
        PageSketch p = rows(new PageSketch(1)
                .line(40, "Statement period Aug 01, 2025 to Aug 31, 2025").gap(20)
                .line(40, "Date", 100, "Description", 330, "Withdrawals ($)", 420, "Deposits ($)", 505, "Balance ($)")
                .line(350, "Solde ($)", 430, "Dépôts ($)", 515, "Retraits ($)"));
        assertThatThrownBy(() -> parse(p)).isInstanceOf(StatementException.class);
    }

    @Test
    void theHeaderDetectorCountsTheTranslatedRowAsAHeaderLine() {
        PageSketch p = new PageSketch(1)
                .line(40, "Date", 100, "Description", 330, "Withdrawals", 420, "Deposits", 505, "Balance")
                .line(350, "Retraits", 430, "Dépôts", 515, "Solde");
        List<Line> lines = Line.of(p.page());
        assertThat(HeaderDetector.detect(lines, 0).orElseThrow().linesUsed()).isEqualTo(2);
    }

    @Test
    void aRowInALanguageTheVocabularyDoesNotKnowUnderTheHeaderIsPartOfIt() throws Exception {
        // Maybank's Malay under its English: no word of it is known, but it stands under the columns, money ones
        // included, and holds no digit. Read as a row, it ended the table before its first row.
        PageSketch p = rows(new PageSketch(1)
                .line(40, "Statement period Aug 01, 2025 to Aug 31, 2025").gap(20)
                .line(40, "Date", 100, "Description", 330, "Withdrawals", 420, "Deposits", 505, "Balance")
                .line(40, "Tarikh", 100, "Butir Urusniaga", 330, "Pengeluaran", 420, "Simpanan", 505, "Baki"));
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-130.88"), new BigDecimal("1250.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aTranslatedRowMayLeaveAWordUnknownBesideTheOnesItNames() {
        // HSBC Hong Kong's Chinese under its English: "進支詳情" (the details) is unknown, the money words are known.
        PageSketch p = new PageSketch(1)
                .line(40, "Date", 100, "Transaction Details", 330, "Deposit", 420, "Withdrawal", 505, "Balance")
                .line(40, "日期", 100, "進支詳情", 340, "存款", 430, "提款", 515, "結餘");
        assertThat(HeaderDetector.detect(Line.of(p.page()), 0).orElseThrow().linesUsed()).isEqualTo(2);
    }

    @Test
    void aRowWithDigitsOrNoneUnderTheMoneyIsNoTranslation() {
        PageSketch digits = new PageSketch(1)
                .line(40, "Date", 100, "Description", 330, "Withdrawals", 420, "Deposits", 505, "Balance")
                .line(40, "Tarikh", 100, "Butir Urusniaga", 330, "Pengeluaran", 420, "Simpanan", 505, "Baki 2025");
        assertThat(HeaderDetector.detect(Line.of(digits.page()), 0).orElseThrow().linesUsed()).isEqualTo(1);
        PageSketch text = new PageSketch(1)
                .line(40, "Date", 100, "Description", 330, "Withdrawals", 420, "Deposits", 505, "Balance")
                .line(40, "Tarikh", 100, "Butir Urusniaga", 200, "Cawangan");
        assertThat(HeaderDetector.detect(Line.of(text.page()), 0).orElseThrow().linesUsed()).isEqualTo(1);
    }
}
