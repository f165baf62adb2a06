package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening and closing balances named in Estonian ("Algsaldo"/"Lõppsaldo"), Latvian ("Sākuma/Beigu atlikums"),
 * Icelandic ("Upphafsstaða"/"Lokastaða"), Croatian ("Početno/Završno stanje") and Slovenian ("Začetno/Končno
 * stanje"), and Icelandic spelled out ("Staða í upphafi tímabils"/"Staða í lok tímabils", the balance at the
 * period's start and end, Arion's): balances, never transactions.
 */
class BalticNordicSlavicBalancesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Algsaldo 01.05.2025", "Lõppsaldo 31.05.2025", "Sākuma atlikums", "Beigu atlikums",
        "Upphafsstaða", "Lokastaða", "Staða í upphafi tímabils", "Staða í lok tímabils", "Početno stanje", "Završno stanje", "Začetno stanje", "Končno stanje"})
    void theLabelsNameBalanceRows(String label) {
        assertThat(Marker.of(label, true)).isEqualTo(Marker.BALANCE);
    }

    @Test
    void estonianLabelsAboveAndBelowTheTableAreTheEnds() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Periood: 01.05.2025 - 31.05.2025").gap(20)
                .cell(40, "Algsaldo 01.05.2025").right(555, "2 214.09").next().gap(12)
                .line(40, "Kuupäev", 100, "Saaja/Maksja", 260, "Selgitus", 530, "Summa")
                .cell(40, "07.05.2025").cell(100, "Nortal AS").cell(260, "Töötasu mai 2025").right(555, "2 781.95").next()
                .cell(40, "09.05.2025").cell(100, "Elisa Eesti AS").cell(260, "Mobiilside arve 294016").right(555, "-23.16").next()
                .gap(6)
                .cell(40, "Lõppsaldo 31.05.2025").right(555, "4 972.88").next());
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void icelandicBalanceRowsAreTheEnds() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Tímabil 01.02.2025 - 28.02.2025").gap(20)
                .line(40, "Dags.", 100, "Skýring", 440, "Upphæð", 530, "Staða")
                .cell(100, "Upphafsstaða").right(555, "412.870").next()
                .cell(40, "03.02.25").cell(100, "Bónus Smáralind").right(470, "-7.305").right(555, "405.565").next()
                .cell(40, "05.02.25").cell(100, "Laun Marel hf.").right(470, "659.034").right(555, "1.064.599").next()
                .cell(100, "Lokastaða").right(555, "1.064.599").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-7305"), new BigDecimal("659034"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void icelandicBalancesAtThePeriodsStartAndEndAreTheEndsAndMyntNamesTheCurrency() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(340, "Mynt", 420, "ISK")
                .line(340, "Tímabil", 420, "01.05.2025 - 31.05.2025").gap(20)
                .line(40, "Dagsetning", 92, "Vaxtadagur", 145, "Skýring", 340, "Tilvísun", 440, "Upphæð", 530, "Staða")
                .cell(145, "Staða í upphafi tímabils").right(555, "1.248.730").next()
                .cell(40, "03.05.2025").cell(92, "03.05.2025").cell(145, "Bónus Smáratorgi").cell(340, "4412")
                .right(470, "-7.305").right(555, "1.241.425").next()
                .cell(40, "30.05.2025").cell(92, "30.05.2025").cell(145, "Laun Marel hf.").cell(340, "0871")
                .right(470, "712.480").right(555, "1.953.905").next().gap(4)
                .cell(145, "Staða í lok tímabils").right(555, "1.953.905").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-7305"), new BigDecimal("712480"));
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1248730");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("1953905");
        assertThat(s.metadata().currency()).isEqualTo("ISK");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void croatianTotalsOverTheClosingRowAreNoTransaction() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Razdoblje: 01.06.2025. - 30.06.2025.").gap(20)
                .line(40, "Datum", 105, "Opis", 370, "Isplata", 450, "Uplata", 530, "Stanje")
                .line(40, "valute")
                .cell(105, "Početno stanje").right(555, "1.387,56").next()
                .cell(40, "02.06.2025.").cell(105, "Kartično plaćanje KONZUM").right(400, "26,06").right(555, "1.361,50").next()
                .cell(40, "09.06.2025.").cell(105, "Uplata Ivana Horvat povrat").right(475, "70,78").right(555, "1.432,28").next()
                .cell(105, "Ukupno").right(400, "26,06").right(475, "70,78").next()
                .cell(105, "Završno stanje").right(555, "1.432,28").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-26.06"), new BigDecimal("70.78"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
