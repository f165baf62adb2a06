package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A row split by the page break, the rest of its text under the forward rows at the top of the next page. */
class RowSplitOverForwardRowsTest {

    private static PageSketch ubsHeader(PageSketch p) {
        return p.line(40, "Datum", 95, "Text", 360, "Belastung", 410, "Gutschrift", 470, "Valuta", 530, "Saldo");
    }

    @Test
    void theRestOfARowUnderTheNextPagesUebertragIsItsText() throws Exception {
        Statement s = parse(ubsHeader(new PageSketch(1)
                        .line(40, "Periode 01.06.2025 - 30.06.2025").gap(20))
                        .cell(95, "Saldovortrag").cell(470, "31.05.2025").right(560, "8'412.35").next()
                        .cell(40, "02.06.2025").cell(95, "Bezug UBS Bancomat").right(400, "120.00")
                                .cell(470, "02.06.2025").right(560, "8'292.35").next()
                        .cell(95, "Zürich Paradeplatz").next()
                        .cell(40, "03.06.2025").cell(95, "Einkauf UBS Debit Card").right(400, "55.88")
                                .cell(470, "04.06.2025").right(560, "8'236.47").next()
                        .cell(95, "Übertrag").right(400, "175.88").right(460, "0.00").right(560, "8'236.47").next(),
                ubsHeader(new PageSketch(2))
                        .cell(95, "Übertrag").right(400, "175.88").right(460, "0.00").right(560, "8'236.47").next()
                        .cell(95, "Coop-4711 Zürich Stauffacher").next()
                        .cell(40, "05.06.2025").cell(95, "TWINT Gutschrift").right(460, "145.39")
                                .cell(470, "06.06.2025").right(560, "8'381.86").next()
                        .cell(95, "von Lukas Meier").next()
                        .cell(95, "Schlusssaldo per 30.06.2025").right(560, "8'381.86").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Bezug UBS Bancomat Zürich Paradeplatz", "Einkauf UBS Debit Card Coop-4711 Zürich Stauffacher",
                "TWINT Gutschrift von Lukas Meier");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-120.00"), new BigDecimal("-55.88"), new BigDecimal("145.39"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void transportAloneIsAForwardRowNeverATransactionNorPartOfOne() {
        assertThat(Marker.of("Transport", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("TRANSPORT", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("TRANSPORT PUBLIC LEUVEN", true)).isNull();
    }

    private static PageSketch kbcHeader(PageSketch p) {
        return p.line(40, "Datum", 100, "Omschrijving", 350, "Valuta", 440, "Uitgaven", 510, "Inkomsten");
    }

    @Test
    void theRestOfARowUnderTheNextPagesTransportIsItsText() throws Exception {
        // "Transport" carries the debit and credit totals over: read as a row, it took the split row's rest with it.
        Statement s = parse(kbcHeader(new PageSketch(1)
                        .line(40, "Periode van 01-06-2025 tot 30-06-2025").gap(20))
                        .cell(100, "Vorig saldo per 31-05-2025").right(560, "3.245,18").next()
                        .cell(40, "01-06-2025").cell(100, "GELDOPNEMING AAN KBC-AUTOMAAT").cell(350, "01-06-2025")
                                .right(480, "170,00").next()
                        .cell(100, "LEUVEN LADEUZEPLEIN").next()
                        .cell(40, "06-06-2025").cell(100, "BETALING VIA BANCONTACT").cell(350, "06-06-2025")
                                .right(480, "4,32").next()
                        .cell(100, "Transport").right(480, "174,32").right(560, "0,00").next(),
                kbcHeader(new PageSketch(2))
                        .cell(100, "Transport").right(480, "174,32").right(560, "0,00").next()
                        .cell(100, "NMBS LEUVEN STATION").next()
                        .cell(100, "KAART 6703 XXXX XXXX 1234").next()
                        .cell(40, "25-06-2025").cell(100, "EUROPESE OVERSCHRIJVING VAN").cell(350, "25-06-2025")
                                .right(560, "3.104,22").next()
                        .cell(100, "ACME BELGIUM NV").next()
                        .cell(100, "Totaal").right(480, "174,32").right(560, "3.104,22").next()
                        .cell(100, "Nieuw saldo per 30-06-2025").right(560, "6.175,08").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "GELDOPNEMING AAN KBC-AUTOMAAT LEUVEN LADEUZEPLEIN",
                "BETALING VIA BANCONTACT NMBS LEUVEN STATION KAART 6703 XXXX XXXX 1234",
                "EUROPESE OVERSCHRIJVING VAN ACME BELGIUM NV");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-170.00"), new BigDecimal("-4.32"), new BigDecimal("3104.22"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void hungarianAthozatAndAtvitelAreForwardRows() {
        assertThat(Marker.of("Áthozat:", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("Átvitel:", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("ÁTHOZAT", false)).isEqualTo(Marker.BALANCE);
    }

    private static PageSketch otpHeader(PageSketch p) {
        return p.line(40, "Könyvelés dátuma", 160, "Megnevezés / Közlemény", 420, "Terhelés", 500, "Jóváírás");
    }

    @Test
    void theRestOfARowUnderTheNextPagesAthozatIsItsText() throws Exception {
        Statement s = parse(otpHeader(new PageSketch(1)
                        .line(40, "Időszak: 2025.06.01. - 2025.06.30.", 330, "Nyitó egyenleg:", 480, "412 580 HUF")
                        .gap(20))
                        .cell(40, "2025.06.02.").cell(160, "VÁSÁRLÁS KÁRTYÁVAL").right(460, "26 632").next()
                        .cell(160, "TESCO GLOBAL ÁRUHÁZAK").next()
                        .cell(40, "2025.06.14.").cell(160, "CSOPORTOS BESZEDÉS").right(460, "12 716").next()
                        .cell(160, "MVM NEXT ZRT.").next()
                        .cell(160, "Átvitel:").right(460, "39 348").right(545, "0").next(),
                otpHeader(new PageSketch(2))
                        .cell(160, "Áthozat:").right(460, "39 348").right(545, "0").next()
                        .cell(160, "Felhasználó azonosító: 706012").next()
                        .cell(40, "2025.06.15.").cell(160, "AZONNALI ÁTUTALÁS JÓVÁÍRÁS").right(545, "9 931").next()
                        .cell(160, "Szabó Gábor").next()
                        .cell(160, "Záró egyenleg:").right(545, "383 163").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "VÁSÁRLÁS KÁRTYÁVAL TESCO GLOBAL ÁRUHÁZAK",
                "CSOPORTOS BESZEDÉS MVM NEXT ZRT. Felhasználó azonosító: 706012",
                "AZONNALI ÁTUTALÁS JÓVÁÍRÁS Szabó Gábor");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void columnTotalsCarriedOverUnderALabelNoVocabularyKnowsTakeNoText() throws Exception {
        // "Overgedragen" names nothing the parser knows: read as a row, it took the split row's rest with it, and
        // ColumnTotals dropped both, a reconciled statement with a description cut short.
        Statement s = parse(kbcHeader(new PageSketch(1)
                        .line(40, "Periode van 01-06-2025 tot 30-06-2025").gap(20))
                        .cell(100, "Vorig saldo per 31-05-2025").right(560, "3.245,18").next()
                        .cell(40, "01-06-2025").cell(100, "GELDOPNEMING AAN KBC-AUTOMAAT").cell(350, "01-06-2025")
                                .right(480, "170,00").next()
                        .cell(100, "LEUVEN LADEUZEPLEIN").next()
                        .cell(40, "03-06-2025").cell(100, "INSTANTOVERSCHRIJVING VAN").cell(350, "03-06-2025")
                                .right(560, "32,37").next()
                        .cell(100, "S. JANSSENS").next()
                        .cell(40, "06-06-2025").cell(100, "BETALING VIA BANCONTACT").cell(350, "06-06-2025")
                                .right(480, "4,32").next()
                        .cell(100, "Overgedragen").right(480, "174,32").right(560, "32,37").next(),
                kbcHeader(new PageSketch(2))
                        .cell(100, "Overgedragen").right(480, "174,32").right(560, "32,37").next()
                        .cell(100, "NMBS LEUVEN STATION").next()
                        .cell(40, "25-06-2025").cell(100, "EUROPESE OVERSCHRIJVING VAN").cell(350, "25-06-2025")
                                .right(560, "3.104,22").next()
                        .cell(100, "ACME BELGIUM NV").next()
                        .cell(100, "Nieuw saldo per 30-06-2025").right(560, "6.207,45").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "GELDOPNEMING AAN KBC-AUTOMAAT LEUVEN LADEUZEPLEIN", "INSTANTOVERSCHRIJVING VAN S. JANSSENS",
                "BETALING VIA BANCONTACT NMBS LEUVEN STATION", "EUROPESE OVERSCHRIJVING VAN ACME BELGIUM NV");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
