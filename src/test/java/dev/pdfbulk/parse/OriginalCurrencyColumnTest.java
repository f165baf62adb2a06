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
