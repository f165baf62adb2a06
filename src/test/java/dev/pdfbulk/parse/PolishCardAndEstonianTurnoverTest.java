package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Polish card summary labels and Estonian turnover totals under the closing row. */
class PolishCardAndEstonianTurnoverTest {

    @Test
    void saldoPoprzednieAndSaldoBiezaceAreTheCardsOpeningAndClosingBalance() throws Exception {
        // mBank's card summary: "Saldo poprzednie" (previous) and "Saldo bieżące" (current, the period's end).
        Statement s = parse(new PageSketch(1)
                .line(40, "Zestawienie operacji karty kredytowej").gap(6)
                .line(40, "Okres rozliczeniowy: 11.05.2025 - 10.06.2025").gap(6)
                .line(300, "Saldo poprzednie", 500, "-1 000,00 PLN").gap(4)
                .line(300, "Saldo bieżące", 500, "-1 070,50 PLN").gap(4)
                .line(300, "Minimalna kwota do zapłaty", 500, "57,45 PLN").gap(20)
                .line(40, "Data transakcji", 150, "Opis", 480, "Kwota")
                .cell(40, "12.05.2025").cell(150, "ORLEN STACJA NR 412 WARSZAWA").right(540, "-50,50 PLN").next()
                .cell(40, "15.05.2025").cell(150, "ZABKA Z6631 WARSZAWA").right(540, "-20,00 PLN").next());
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.metadata().openingBalance()).isNotNull();
        assertThat(s.metadata().closingBalance()).isNotNull();
        assertThat(s.metadata().openingBalance().abs()).isEqualByComparingTo("1000.00");
        assertThat(s.metadata().closingBalance().abs()).isEqualByComparingTo("1070.50");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void deebetkaiveAndKreeditkaiveUnderTheClosingRowAreTotalsNoRows() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Konto väljavõte 01.06.2025 - 30.06.2025").gap(20)
                .line(40, "Kuupäev", 120, "Selgitus", 420, "Summa", 500, "Saldo")
                .cell(40, "01.06.2025").cell(120, "Algsaldo").right(540, "1 000,00").next()
                .cell(40, "18.06.2025").cell(120, "Arve nr 204418").right(460, "-84,01").right(540, "915,99").next()
                .cell(40, "25.06.2025").cell(120, "Töötasu 06.2025").right(460, "100,00").right(540, "1 015,99").next()
                .cell(40, "30.06.2025").cell(120, "Lõppsaldo").right(540, "1 015,99").next()
                .cell(120, "Deebetkäive").right(460, "-84,01").next()
                .cell(120, "Kreeditkäive").right(460, "100,00").next());
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
