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

/** Danish and Norwegian column headers: the booking and value dates, the text, the money out and in. */
class DanishNorwegianHeadersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Bogført, POSTING_DATE", "Bokført, POSTING_DATE", "Dato, DATE", "Rentedato, OTHER_DATE",
        "Tekst, DESCRIPTION", "Forklaring, DESCRIPTION", "Beskrivelse, DESCRIPTION", "Beløb, AMOUNT", "Beløp, AMOUNT",
        "Ut fra konto, DEBIT", "Inn på konto, CREDIT", "Ut, DEBIT", "Inn, CREDIT"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void aDanishStatementIsReadWithItsValueDateLeftOutOfTheText() throws Exception {
        // Unknown, "Bogført", "Tekst" and "Beløb" named no table; and "Rentedato" unknown left its dates in the text.
        Statement s = parse(new PageSketch(1)
                .line(330, "Periode 01.05.2025 - 31.05.2025").gap(20)
                .line(42, "Bogført", 100, "Tekst", 335, "Rentedato", 443, "Beløb", 531, "Saldo")
                .cell(42, "01.05.2025").cell(100, "Saldo primo").right(553, "9.874,35").next()
                .cell(42, "01.05.2025").cell(100, "Husleje KAB").cell(335, "01.05.2025").right(470, "-7.450,00")
                        .right(553, "2.424,35").next()
                .cell(42, "03.05.2025").cell(100, "Dankort-køb NETTO").cell(335, "01.05.2025").right(470, "-329,37")
                        .right(553, "2.094,98").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Husleje KAB", "Dankort-køb NETTO");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-7450.00"), new BigDecimal("-329.37"));
    }

    @Test
    void aNorwegianStatementReadsMoneyOutAndInOfTheAccount() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Kontoutskrift i perioden 01.05.2025 - 31.05.2025").gap(20)
                .line(40, "Dato", 100, "Forklaring", 330, "Rentedato", 420, "Ut fra konto", 490, "Inn på konto")
                .cell(40, "03.05").cell(100, "Vipps*Ruter AS").cell(330, "03.05").right(460, "164,24").next()
                .cell(40, "28.05").cell(100, "Overføring Innland").cell(330, "28.05").right(540, "2 366,31").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Vipps*Ruter AS", "Overføring Innland");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-164.24"), new BigDecimal("2366.31"));
    }

    @Test
    void theOpeningSumAndClosingRowsOfANorwegianStatementAreNoTransactions() throws Exception {
        // Read as rows, "Sum" and the closing "Saldo i Deres favør" (the balance in the holder's favour) were two more
        // credits, and with no balance read the statement checked nothing.
        Statement s = parse(new PageSketch(1)
                .line(40, "Kontoutskrift i perioden 01.05.2025 - 31.05.2025").gap(20)
                .line(40, "Dato", 100, "Forklaring", 330, "Rentedato", 420, "Ut fra konto", 490, "Inn på konto")
                .cell(100, "Saldo fra kontoutskrift 30.04.2025").right(540, "1 000,00").next()
                .cell(40, "03.05").cell(100, "Vipps*Ruter AS").cell(330, "03.05").right(460, "164,24").next()
                .cell(40, "28.05").cell(100, "Overføring Innland").cell(330, "28.05").right(540, "2 366,31").next()
                .cell(100, "Sum").right(460, "164,24").right(540, "2 366,31").next()
                .cell(100, "Saldo i Deres favør 31.05.2025").right(540, "3 202,07").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Vipps*Ruter AS", "Overføring Innland");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void saldoPrIsABalanceRow() throws Exception {
        // "pr." (per) was no balance word: "Saldo pr. 30.04.2025" was no opening row, the statement checked nothing.
        Statement s = parse(new PageSketch(1)
                .line(40, "Kontoutskrift i perioden 01.05.2025 - 31.05.2025").gap(20)
                .line(40, "Dato", 100, "Forklaring", 330, "Rentedato", 420, "Ut av konto", 490, "Inn på konto")
                .cell(100, "Saldo pr. 30.04.2025").right(540, "1 000,00").next()
                .cell(40, "03.05").cell(100, "Vipps*Ruter AS").cell(330, "03.05").right(460, "164,24").next()
                .cell(40, "28.05").cell(100, "Overføring Innland").cell(330, "28.05").right(540, "2 366,31").next()
                .cell(100, "Saldo pr. 31.05.2025").right(540, "3 202,07").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Vipps*Ruter AS", "Overføring Innland");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void saldoPrimoAndSaldoUltimoAreTheOpeningAndClosingRows() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(330, "Periode 01.05.2025 - 31.05.2025").gap(20)
                .line(42, "Bogført", 100, "Tekst", 335, "Rentedato", 443, "Beløb", 531, "Saldo")
                .cell(42, "01.05.2025").cell(100, "Saldo primo").right(553, "9.874,35").next()
                .cell(42, "01.05.2025").cell(100, "Husleje KAB").cell(335, "01.05.2025").right(470, "-7.450,00")
                        .right(553, "2.424,35").next()
                .cell(42, "03.05.2025").cell(100, "Dankort-køb NETTO").cell(335, "01.05.2025").right(470, "-329,37")
                        .right(553, "2.094,98").next()
                .cell(100, "Saldo ultimo").right(553, "2.094,98").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Husleje KAB", "Dankort-køb NETTO");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
