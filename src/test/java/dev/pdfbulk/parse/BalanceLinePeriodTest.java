package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement printing no period tells it by the dates of the balance lines its table opens and closes with: the
 * closing's date ends it; an opening dated at a day is that day's end, the last statement's close, so the period
 * starts the day after; one dated "on" a day opens that day.
 */
class BalanceLinePeriodTest {

    @Test
    void aBalanceAtADayOpensThePeriodTheDayAfter() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Sparkasse KölnBonn", 400, "Kontoauszug 10/2025").gap(20)
                .line(40, "Datum", 150, "Erläuterung", 500, "Betrag EUR")
                .cell(150, "Kontostand am 30.09.2025, Auszug Nr. 9").right(560, "3.127,45").next()
                .cell(40, "02.10.2025").cell(150, "Entgelt Kontofuehrung").right(560, "-4,95").next()
                .cell(40, "15.10.2025").cell(150, "Gutschrift Lohn").right(560, "+2.960,53").next()
                .cell(40, "31.10.2025").cell(150, "Kartenzahlung REWE").right(560, "-33,36").next()
                .cell(150, "Kontostand am 31.10.2025 um 20:15 Uhr").right(560, "6.049,67").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void theOldBalanceAtADayOpensThePeriodTheDayAfterWhateverItsSide() throws Exception {
        // The statement's date is no month's end: it says nothing of the start.
        Statement s = parse(new PageSketch(1)
                .line(40, "CRÉDIT AGRICOLE", 400, "Relevé de compte")
                .line(400, "Date d'arrêté : 08/12/2025").gap(20)
                .line(40, "Date", 100, "Libellé des opérations", 440, "Débit", 520, "Crédit")
                .cell(100, "Ancien solde créditeur au 07.11.2025").right(560, "1 654,32").next()
                .cell(40, "10.11").cell(100, "PRELEVEMENT ORANGE SA").right(470, "21,08").next()
                .cell(40, "12.11").cell(100, "REMBOURSEMENT CPAM").right(560, "49,61").next()
                .cell(40, "07.12").cell(100, "PAIEMENT PAR CARTE").right(470, "34,84").next()
                .cell(100, "Nouveau solde créditeur au 08.12.2025").right(560, "1 648,01").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 11, 8));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 12, 8));
    }

    @Test
    void aBalanceOnADayOpensThatDay() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Date", 100, "Description", 440, "Amount", 520, "Balance")
                .cell(100, "Opening balance on 1 May 2025").right(560, "100.00").next()
                .cell(40, "02/05/2025").cell(100, "GROCERY").right(470, "-20.00").right(560, "80.00").next()
                .cell(40, "30/05/2025").cell(100, "SALARY").right(470, "50.00").right(560, "130.00").next()
                .cell(100, "Closing balance on 31 May 2025").right(560, "130.00").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 5, 31));
    }

    @Test
    void anEnglishBalanceAsAtADayTellsNoStart() throws Exception {
        // "Opening balance as at 1 May" opens a period from 1 May in some banks' wording, from 2 May in others'.
        Statement s = parse(new PageSketch(1)
                .line(40, "Date", 100, "Description", 440, "Amount", 520, "Balance")
                .cell(100, "Opening balance as at 1 May 2025").right(560, "100.00").next()
                .cell(40, "02/05/2025").cell(100, "GROCERY").right(470, "-20.00").right(560, "80.00").next()
                .cell(40, "30/05/2025").cell(100, "SALARY").right(470, "50.00").right(560, "130.00").next()
                .cell(100, "Closing balance as at 31 May 2025").right(560, "130.00").next());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().periodStart()).isNull();
    }

    @Test
    void aRowOnTheOpeningBalancesDayLeavesThePeriodUnknown() throws Exception {
        // Were the balance that day's end, the row would be before it: the dates disagree.
        Statement s = parse(new PageSketch(1)
                .line(40, "Datum", 150, "Erläuterung", 500, "Betrag EUR")
                .cell(150, "Kontostand am 30.09.2025").right(560, "3.127,45").next()
                .cell(40, "30.09.2025").cell(150, "Entgelt Kontofuehrung").right(560, "-4,95").next()
                .cell(40, "15.10.2025").cell(150, "Gutschrift Lohn").right(560, "+2.960,53").next()
                .cell(150, "Kontostand am 31.10.2025").right(560, "6.083,03").next());
        assertThat(s.metadata().periodStart()).isNull();
        assertThat(s.metadata().periodEnd()).isNull();
    }

    @Test
    void aPrintedPeriodOutranksTheBalancesDates() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Zeitraum 01.10.2025 bis 31.10.2025").gap(20)
                .line(40, "Datum", 150, "Erläuterung", 500, "Betrag EUR")
                .cell(150, "Kontostand am 15.09.2025").right(560, "3.127,45").next()
                .cell(40, "02.10.2025").cell(150, "Entgelt Kontofuehrung").right(560, "-4,95").next()
                .cell(150, "Kontostand am 20.10.2025").right(560, "3.122,50").next());
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void aBalanceLineWithoutTextTellsNothing() {
        // Its amount alone under the balance column, its label in no text column (comdirect's).
        TableFragment f = new TableFragment(1, new TableColumns(java.util.List.of()), null);
        f.add(new TableLine(1, 700, null, "", java.util.Map.of(), Marker.BALANCE, 0), null);
        f.add(new TableLine(1, 690, new RawDate(2, 10, 2025, false), "Miete", java.util.Map.of(), null, 0), null);
        f.add(new TableLine(1, 680, null, "", java.util.Map.of(), Marker.BALANCE, 0), null);
        assertThat(BalanceLinePeriod.of(java.util.List.of(f))).isNull();
    }
}
