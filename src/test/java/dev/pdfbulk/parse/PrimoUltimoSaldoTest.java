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

/**
 * The Danish and Norwegian compounds "Primosaldo" and "Ultimosaldo", and the Norwegian and Swedish "Inngående" /
 * "Ingående" and "Utgående saldo": the balance at the period's start and end.
 */
class PrimoUltimoSaldoTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Primosaldo, true", "PRIMOSALDO, true", "Ultimosaldo, false", "Inngående saldo, true",
        "Ingående saldo, true", "Utgående saldo, false"})
    void theCompoundsNameTheOpeningAndClosingBalance(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
        assertThat(Marker.of(label, true)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of(label, false)).isEqualTo(Marker.BALANCE);
    }

    @Test
    void aCardsPrimosaldoAndUltimosaldoRowsAreItsBalancesNoTransactions() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Periode: 01.06.2025 - 30.06.2025").gap(20)
                .line(40, "Dato", 95, "Bogført", 155, "Tekst", 530, "Beløb")
                .cell(40, "01.06.2025").cell(155, "Primosaldo").right(555, "-6.841,25").next()
                .cell(40, "02.06.2025").cell(95, "03.06.2025").cell(155, "Netto Nørrebrogade Kbh N")
                        .right(555, "-212,40").next()
                .cell(40, "10.06.2025").cell(95, "11.06.2025").cell(155, "Indbetaling - tak")
                        .right(555, "3.000,00").next()
                .cell(40, "20.06.2025").cell(95, "21.06.2025").cell(155, "Wolt.com Kobenhavn")
                        .right(555, "-189,00").next()
                .cell(40, "30.06.2025").cell(155, "Ultimosaldo").right(555, "-4.242,65").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Netto Nørrebrogade Kbh N", "Indbetaling - tak", "Wolt.com Kobenhavn");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-212.40"),
                new BigDecimal("3000.00"), new BigDecimal("-189.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void norwegianInngaendeAndUtgaendeSaldoRowsInTheTableAreItsBalances() throws Exception {
        // DNB: the balances stand in the table's text column with their amount under "Inn på konto".
        Statement s = parse(new PageSketch(1)
                .line(40, "Kontoutskrift for perioden 01.06.2024 - 30.06.2024").gap(20)
                .line(40, "Dato", 95, "Forklaring", 330, "Rentedato", 420, "Ut fra konto", 500, "Inn på konto")
                .cell(95, "Inngående saldo").right(555, "24 318,75").next()
                .cell(40, "02.06").cell(95, "Varekjøp VINMONOPOLET OSLO CITY").cell(330, "03.06")
                        .right(475, "301,79").next()
                .cell(40, "09.06").cell(95, "Lønn Equinor ASA").cell(330, "09.06").right(555, "39 666,64").next()
                .cell(95, "Utgående saldo").right(555, "63 683,60").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-301.79"), new BigDecimal("39666.64"));
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("24318.75");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
