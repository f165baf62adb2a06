package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Swedish account statement's "Verifikationsnummer" column (the bank's voucher number, between the dates and
 * "Text/mottagare"): a column of its own, never part of the description, also when every header word is broken at
 * a hyphen over two rows ("Bokförings-" over "datum", "Verifikations-" over "nummer").
 */
class SwedishVoucherNumberTest {

    private static PageSketch statement(boolean broken) {
        PageSketch p = new PageSketch(1)
                .line(40, "Period 2024-06-01 - 2024-06-30")
                .line(40, "Ingående saldo", 300, "1 000,00")
                .line(40, "Utgående saldo", 300, "1 400,00").gap(20);
        if (broken) {
            p = p.cell(40, "Bokförings-").cell(100, "Valuta-").cell(160, "Verifikations-").cell(235, "Text/mottagare")
                    .right(480, "Belopp").right(555, "Saldo").next()
                    .cell(40, "datum").cell(100, "datum").cell(160, "nummer").next();
        } else {
            p = p.cell(40, "Bokföringsdatum").cell(120, "Verifikation").cell(235, "Text/mottagare")
                    .right(480, "Belopp").right(555, "Saldo").next();
        }
        String[][] rows = {{"2024-06-03", "5484381424", "ICA NARA HORNSTULL", "-100,00", "900,00"},
                {"2024-06-10", "2428140170", "LÖN ERICSSON AB", "600,00", "1 500,00"},
                {"2024-06-20", "7152345227", "SL ACCESS AB", "-100,00", "1 400,00"}};
        for (String[] r : rows) {
            p = p.cell(40, r[0]);
            p = broken ? p.cell(100, r[0]).cell(160, r[1]) : p.cell(120, r[1]);
            p = p.cell(235, r[2]).right(480, r[3]).right(555, r[4]).next();
        }
        return p;
    }

    @Test
    void aVoucherNumberColumnIsNoPartOfTheDescription() throws Exception {
        Statement s = parse(statement(false));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ICA NARA HORNSTULL", "LÖN ERICSSON AB", "SL ACCESS AB");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aHeaderBrokenAtHyphensOverTwoRowsIsRead() throws Exception {
        Statement s = parse(statement(true));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("ICA NARA HORNSTULL", "LÖN ERICSSON AB", "SL ACCESS AB");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
