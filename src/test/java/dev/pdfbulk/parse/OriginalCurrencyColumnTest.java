package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An amount in the original currency of a foreign purchase, in a column of its own, is no money of the account,
 * however its header is worded or wrapped: the amount in the account's currency is read.
 */
class OriginalCurrencyColumnTest {

    @Test
    void anOriginalAmountSpelledOutWithInIsNoCreditColumn() {
        // "in" inside a cell is a preposition, not the credit column "In".
        assertThat(kinds(new PageSketch(1).line(40, "Datum", 110, "Text", 250, "Betrag in Originalwährung",
                460, "Betrag in EUR"))).isEqualTo("1:DATE,DESCRIPTION,OTHER,AMOUNT");
        assertThat(kinds(new PageSketch(1).line(40, "Date", 110, "Description", 250, "Amount in original currency",
                460, "Amount in GBP"))).isEqualTo("1:DATE,DESCRIPTION,OTHER,AMOUNT");
        assertThat(kinds(new PageSketch(1).line(40, "Data", 110, "Descrizione", 250, "Importo in valuta originale",
                460, "Importo in euro"))).isEqualTo("1:DATE,DESCRIPTION,OTHER,AMOUNT");
        assertThat(kinds(new PageSketch(1).line(40, "Datum", 110, "Omschrijving", 250, "Bedrag in vreemde valuta",
                460, "Bedrag in EUR"))).isEqualTo("1:DATE,DESCRIPTION,OTHER,AMOUNT");
        // Money in and out keep their columns, unit or not.
        assertThat(kinds(new PageSketch(1).line(40, "Date", 110, "Description", 300, "Money out EUR",
                420, "Money in EUR"))).isEqualTo("1:DATE,DESCRIPTION,DEBIT,CREDIT");
        assertThat(kinds(new PageSketch(1).line(40, "Date", 110, "Description", 300, "Amount Out EUR",
                420, "Amount In EUR"))).isEqualTo("1:DATE,DESCRIPTION,DEBIT,CREDIT");
    }

    @Test
    void aHeaderWrappedOverTwoRowsNamesTheOriginalAmount() {
        // "Importo in" over "valuta originale", the lower cell wider and starting left of the one above it; "Importo"
        // over "in euro" the account's money; "Data registrazione" the posting date.
        assertThat(kinds(intesaHeader(new PageSketch(1)))).isEqualTo("2:DATE,POSTING_DATE,DESCRIPTION,OTHER,AMOUNT");
        assertThat(kinds(new PageSketch(1)
                .cell(40, "Fecha").cell(190, "Concepto").right(470, "Importe en").right(560, "Importe").next()
                .right(470, "divisa").right(560, "en euros").next())).isEqualTo("2:DATE,DESCRIPTION,OTHER,AMOUNT");
    }

    @Test
    void aForeignPurchaseIsReadInEurosAndTheStatementReconciles() throws Exception {
        Statement s = parse(intesaHeader(new PageSketch(1)
                .line(40, "Estratto conto carta di credito")
                .line(40, "Periodo dal 16/09/2025 al 15/10/2025")
                .line(40, "Saldo precedente", 200, "523,10").gap(20)).gap(4)
                .cell(40, "16/09/2025").cell(110, "16/09/2025").cell(190, "ADDEBITO IN C/C SALDO PRECEDENTE")
                        .right(595, "-523,10").next()
                .cell(40, "17/09/2025").cell(110, "18/09/2025").cell(190, "ESSELUNGA MILANO").right(595, "48,94").next()
                .cell(40, "18/09/2025").cell(110, "19/09/2025").cell(190, "BOOKING.COM AMSTERDAM")
                        .right(470, "166,01 GBP").right(595, "190,55").next()
                .cell(40, "19/09/2025").cell(110, "20/09/2025").cell(190, "CONAD CITY ROMA").right(595, "10,00").next()
                .gap(4)
                .cell(190, "TOTALE ADDEBITI DEL PERIODO").right(595, "249,49").next()
                .cell(190, "SALDO ATTUALE A VOSTRO DEBITO").right(595, "249,49").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "ADDEBITO IN C/C SALDO PRECEDENTE", "ESSELUNGA MILANO", "BOOKING.COM AMSTERDAM", "CONAD CITY ROMA");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("523.10"),
                new BigDecimal("-48.94"), new BigDecimal("-190.55"), new BigDecimal("-10.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    private static PageSketch intesaHeader(PageSketch p) {
        return p.cell(40, "Data").cell(110, "Data").cell(190, "Descrizione operazione").right(470, "Importo in")
                .right(595, "Importo").next()
                .cell(40, "operazione").cell(110, "registrazione").right(470, "valuta originale").right(595, "in euro")
                .next();
    }

    // The header found on the sketch's first line: the lines it takes and its columns' kinds.
    private static String kinds(PageSketch p) {
        List<Line> lines = Line.of(p.page());
        HeaderDetector.Found found = HeaderDetector.detect(lines, 0).orElseThrow();
        return found.linesUsed() + ":" + found.columns().columns().stream().map(c -> c.kind().name())
                .collect(Collectors.joining(","));
    }
}
