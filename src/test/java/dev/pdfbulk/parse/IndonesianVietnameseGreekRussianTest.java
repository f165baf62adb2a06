package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Indonesian, Vietnamese, Greek and Russian column headers, and the statements they head. */
class IndonesianVietnameseGreekRussianTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"TANGGAL, DATE", "KETERANGAN, DESCRIPTION", "CBG, OTHER", "MUTASI, AMOUNT", "SALDO, BALANCE", "Kredit, CREDIT", "Debet, DEBIT",
        "Ngày GD, DATE", "Số CT, OTHER", "Diễn giải, DESCRIPTION", "Ghi nợ, DEBIT", "Ghi có, CREDIT", "Số dư, BALANCE",
        "Ημ/νία, DATE", "Ημ/νία Κίνησης, DATE", "Ημερομηνία Κίνησης, DATE", "Αξία, OTHER_DATE", "Αιτιολογία, DESCRIPTION", "Περιγραφή, DESCRIPTION", "Χρέωση, DEBIT",
        "Πίστωση, CREDIT", "Υπόλοιπο, BALANCE", "ΥΠΟΛΟΙΠΟ, BALANCE", "Дата операции, DATE",
        "Описание операции, DESCRIPTION", "Списание, DEBIT", "Зачисление, CREDIT", "Остаток, BALANCE"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void anIndonesianTableIsReadWithItsBranchCodeOutOfTheText() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(400, "PERIODE : 01/05/2025 - 31/05/2025").gap(20)
                .line(40, "TANGGAL", 110, "KETERANGAN", 330, "CBG", 440, "MUTASI", 530, "SALDO")
                .cell(40, "02/05").cell(110, "KR OTOMATIS").right(480, "14,750,000.00").right(560, "60,162,950.22").next()
                .cell(40, "03/05").cell(110, "SETORAN TUNAI").cell(330, "0206").right(480, "2,500,000.00")
                        .right(560, "62,662,950.22").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("KR OTOMATIS", "SETORAN TUNAI");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("14750000.00"), new BigDecimal("2500000.00"));
    }

    @Test
    void anIndonesianDebitKreditTableReadsMoneyIn() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Tanggal", 100, "Keterangan", 362, "Debit", 442, "Kredit", 535, "Saldo")
                .cell(100, "Saldo Awal").right(555, "12.845.300,00").next()
                .cell(40, "02/08/2025").cell(100, "Tarik Tunai ATM").right(385, "547.500,00").right(555, "12.297.800,00").next()
                .cell(100, "ATM MANDIRI SUDIRMAN").next()
                .cell(40, "05/08/2025").cell(100, "Transfer dari").right(470, "16.424.500,00").right(555, "28.722.300,00").next()
                .cell(100, "PT ASTRA INTERNATIONAL TBK").next()
                .cell(100, "Saldo Akhir").right(555, "28.722.300,00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Tarik Tunai ATM ATM MANDIRI SUDIRMAN", "Transfer dari PT ASTRA INTERNATIONAL TBK");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-547500.00"), new BigDecimal("16424500.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void anIndonesianDebetKreditTableReadsMoneyOut() throws Exception {
        // BRI and BNI spell money out "Debet".
        Statement s = parse(new PageSketch(1)
                .line(40, "Tanggal Transaksi", 130, "Uraian Transaksi", 362, "Debet", 442, "Kredit", 535, "Saldo")
                .cell(130, "Saldo Awal").right(555, "12.845.300,00").next()
                .cell(40, "02/08/2025").cell(130, "Tarik Tunai ATM").right(385, "547.500,00").right(555, "12.297.800,00").next()
                .cell(40, "05/08/2025").cell(130, "Transfer dari PT ASTRA").right(470, "16.424.500,00")
                        .right(555, "28.722.300,00").next()
                .cell(130, "Saldo Akhir").right(555, "28.722.300,00").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-547500.00"), new BigDecimal("16424500.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aVietnameseTableReadsMoneyOutAndIn() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(200, "Từ ngày 01/05/2025 đến ngày 31/05/2025").gap(20)
                .line(40, "Ngày GD", 110, "Số CT", 200, "Diễn giải", 390, "Ghi nợ", 450, "Ghi có", 530, "Số dư")
                .cell(40, "01/05/2025").cell(110, "5000.76972").cell(200, "MBVCB chuyen tien").right(420, "4.801.000")
                        .right(560, "30.631.000").next()
                .cell(40, "05/05/2025").cell(110, "5005.80890").cell(200, "tra luong thang 4").right(490, "28.500.000")
                        .right(560, "59.131.000").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("MBVCB chuyen tien", "tra luong thang 4");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-4801000"), new BigDecimal("28500000"));
    }

    @Test
    void aGreekTableLeavesTheValueDateOutOfTheText() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(300, "Περίοδος 01/05/2025 - 31/05/2025").gap(20)
                .line(40, "Ημ/νία", 100, "Αξία", 160, "Αιτιολογία", 400, "Χρέωση", 460, "Πίστωση", 530, "Υπόλοιπο")
                .cell(40, "02/05/2025").cell(100, "02/05").cell(160, "ΑΝΑΛΗΨΗ ATM ΠΕΙΡΑΙΑΣ").right(430, "39,40")
                        .right(560, "2.279,04").next()
                .cell(40, "02/05/2025").cell(100, "02/05").cell(160, "ΜΙΣΘΟΔΟΣΙΑ").right(500, "1.642,30")
                        .right(560, "3.921,34").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ΑΝΑΛΗΨΗ ATM ΠΕΙΡΑΙΑΣ", "ΜΙΣΘΟΔΟΣΙΑ");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-39.40"), new BigDecimal("1642.30"));
    }

    @Test
    void aGreekHeaderOfTheMovementsDateOverTwoRowsHeadsATableOpeningOnAnUndatedBalance() throws Exception {
        // "Κίνησης" (of the movement) under "Ημ/νία" was no header word: the header was read as its top row, and the
        // row "Κίνησης | Αξίας" left under it, with the undated opening row below, lost the table.
        Statement s = parse(new PageSketch(1)
                .line(300, "Περίοδος: 01/06/2025 - 30/06/2025").gap(20)
                .line(40, "Ημ/νία", 90, "Ημ/νία", 160, "Περιγραφή", 400, "Χρέωση", 460, "Πίστωση", 530, "Υπόλοιπο")
                .line(40, "Κίνησης", 90, "Αξίας")
                .cell(160, "Προηγούμενο υπόλοιπο").right(560, "1.874,35").next()
                .cell(40, "02/06/2025").cell(90, "02/06/2025").cell(160, "ΑΝΑΛΗΨΗ ATM EUROBANK ΣΥΝΤΑΓΜΑ").right(430, "127,52")
                        .right(560, "1.746,83").next()
                .cell(40, "05/06/2025").cell(90, "05/06/2025").cell(160, "ΜΙΣΘΟΔΟΣΙΑ ALPHA TECH Α.Ε.").right(500, "1.723,37")
                        .right(560, "3.470,20").next()
                .cell(160, "Νέο υπόλοιπο").right(560, "3.470,20").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ΑΝΑΛΗΨΗ ATM EUROBANK ΣΥΝΤΑΓΜΑ", "ΜΙΣΘΟΔΟΣΙΑ ALPHA TECH Α.Ε.");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-127.52"), new BigDecimal("1723.37"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aRussianTableReadsMoneyOutAndIn() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "за период с 01.05.2025 по 31.05.2025").gap(20)
                .line(40, "Дата операции", 130, "Описание операции", 380, "Списание", 450, "Зачисление", 530, "Остаток")
                .cell(40, "01.05.2025").cell(130, "Оплата товаров и услуг").right(420, "839,99").right(560, "35 374,81")
                        .next()
                .cell(40, "02.05.2025").cell(130, "Перевод от С. Анна").right(490, "4 657,55").right(560, "40 032,36")
                        .next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Оплата товаров и услуг", "Перевод от С. Анна");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-839.99"), new BigDecimal("4657.55"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SALDO AWAL, BALANCE", "SALDO AKHIR, BALANCE", "Số dư đầu kỳ, BALANCE", "Số dư cuối kỳ, BALANCE",
        "SỐ DƯ ĐẦU KỲ, BALANCE", "Cộng phát sinh, TOTAL", "ΥΠΟΛΟΙΠΟ ΠΡΟΗΓΟΥΜΕΝΗΣ ΠΕΡΙΟΔΟΥ, BALANCE",
        "ΣΕ ΜΕΤΑΦΟΡΑ, BALANCE", "ΑΠΟ ΜΕΤΑΦΟΡΑ, BALANCE", "ΝΕΟ ΥΠΟΛΟΙΠΟ, BALANCE", "Входящий остаток, BALANCE",
        "Исходящий остаток, BALANCE", "ИТОГО, TOTAL"})
    void openingClosingForwardAndTotalRowsAreNoTransactions(String row, Marker marker) {
        assertThat(Marker.of(row, false)).isEqualTo(marker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SALDO AWAL, true", "Số dư đầu kỳ, true", "ΥΠΟΛΟΙΠΟ ΠΡΟΗΓΟΥΜΕΝΗΣ ΠΕΡΙΟΔΟΥ, true",
        "Προηγούμενο υπόλοιπο, true", "Входящий остаток, true", "SALDO AKHIR, false", "Số dư cuối kỳ, false",
        "ΝΕΟ ΥΠΟΛΟΙΠΟ, false", "Исходящий остаток, false"})
    void labelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @Test
    void aGreekStatementReconcilesFromItsOpeningOverItsForwardRowsToItsClosing() throws Exception {
        // Read as rows, the opening, forward and closing rows were credits, and no balance was known to start from.
        Statement s = parse(new PageSketch(1)
                .line(300, "Περίοδος 01/05/2025 - 31/05/2025").gap(20)
                .line(40, "Ημ/νία", 100, "Αξία", 160, "Αιτιολογία", 400, "Χρέωση", 460, "Πίστωση", 530, "Υπόλοιπο")
                .cell(160, "ΥΠΟΛΟΙΠΟ ΠΡΟΗΓΟΥΜΕΝΗΣ ΠΕΡΙΟΔΟΥ").right(560, "2.318,44").next()
                .cell(40, "02/05/2025").cell(100, "02/05").cell(160, "ΑΝΑΛΗΨΗ ATM ΠΕΙΡΑΙΑΣ").right(430, "39,40")
                        .right(560, "2.279,04").next()
                .cell(160, "ΣΕ ΜΕΤΑΦΟΡΑ").right(560, "2.279,04").next()
                .cell(160, "ΑΠΟ ΜΕΤΑΦΟΡΑ").right(560, "2.279,04").next()
                .cell(40, "03/05/2025").cell(100, "03/05").cell(160, "ΜΙΣΘΟΔΟΣΙΑ").right(500, "1.642,30")
                        .right(560, "3.921,34").next()
                .cell(160, "ΝΕΟ ΥΠΟΛΟΙΠΟ").right(560, "3.921,34").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ΑΝΑΛΗΨΗ ATM ΠΕΙΡΑΙΑΣ", "ΜΙΣΘΟΔΟΣΙΑ");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aVietnameseStatementLeavesItsOpeningTotalAndClosingRowsOut() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(200, "Từ ngày 01/05/2025 đến ngày 31/05/2025").gap(20)
                .line(40, "Ngày GD", 110, "Số CT", 200, "Diễn giải", 390, "Ghi nợ", 450, "Ghi có", 530, "Số dư")
                .cell(200, "Số dư đầu kỳ").right(560, "35.432.000").next()
                .cell(40, "01/05/2025").cell(110, "5000.76972").cell(200, "MBVCB chuyen tien").right(420, "4.801.000")
                        .right(560, "30.631.000").next()
                .cell(40, "05/05/2025").cell(110, "5005.80890").cell(200, "tra luong thang 4").right(490, "28.500.000")
                        .right(560, "59.131.000").next()
                .cell(200, "Cộng phát sinh").right(420, "4.801.000").right(490, "28.500.000").next()
                .cell(200, "Số dư cuối kỳ").right(560, "59.131.000").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("MBVCB chuyen tien", "tra luong thang 4");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void russianAndIndonesianOpeningAndClosingRowsAreBalances() throws Exception {
        Statement ru = parse(new PageSketch(1)
                .line(40, "за период с 01.05.2025 по 31.05.2025").gap(20)
                .line(40, "Дата операции", 130, "Описание операции", 380, "Списание", 450, "Зачисление", 530, "Остаток")
                .cell(130, "Входящий остаток").right(560, "36 214,80").next()
                .cell(40, "01.05.2025").cell(130, "Оплата товаров и услуг").right(420, "839,99").right(560, "35 374,81")
                        .next()
                .cell(130, "Исходящий остаток").right(560, "35 374,81").next());
        assertThat(ru.transactions()).extracting(Transaction::description).containsExactly("Оплата товаров и услуг");
        assertThat(ru.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        Statement id = parse(new PageSketch(1)
                .line(400, "PERIODE : 01/05/2025 - 31/05/2025").gap(20)
                .line(40, "TANGGAL", 110, "KETERANGAN", 330, "CBG", 440, "MUTASI", 530, "SALDO")
                .cell(40, "01/05").cell(110, "SALDO AWAL").right(560, "45,412,950.22").next()
                .cell(40, "02/05").cell(110, "KR OTOMATIS").right(480, "14,750,000.00").right(560, "60,162,950.22").next()
                .cell(110, "SALDO AKHIR").right(560, "60,162,950.22").next());
        assertThat(id.transactions()).extracting(Transaction::description).containsExactly("KR OTOMATIS");
        assertThat(id.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
