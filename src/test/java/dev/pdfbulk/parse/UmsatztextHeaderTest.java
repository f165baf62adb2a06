package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** "Umsatztext" (the text of the turnover, Austrian statements) names the description column. */
class UmsatztextHeaderTest {

    static PageSketch giroPage() {
        return new PageSketch(1).line(40, "Kontoauszug Nr. 7/2025")
                .line(40, "Auszugszeitraum: 01.07.2025 - 31.07.2025").gap(20)
                .line(40, "Buchungs-", 110, "Valuta-", 180, "Umsatztext", 470, "Betrag in EUR")
                .line(40, "datum", 110, "datum")
                .cell(180, "Kontostand alt per 30.06.2025").right(535, "1.486,12").next()
                .cell(40, "01.07.2025").cell(110, "01.07.2025").cell(180, "Bezahlung Karte MC/000004127 BILLA")
                .right(535, "-62,84").next()
                .line(180, "6541 WIEN 1060")
                .cell(40, "02.07.2025").cell(110, "03.07.2025").cell(180, "Gehalt Juli MUSTERTECH GmbH")
                .right(535, "2.941,86").next()
                .cell(40, "03.07.2025").cell(110, "03.07.2025").cell(180, "Kontoführung lt. Vereinbarung")
                .right(535, "-7,90").next()
                .cell(180, "Kontostand neu per 31.07.2025").right(535, "4.357,24").next();
    }

    @Test
    void umsatztextNamesTheDescriptionColumn() throws Exception {
        assertThat(HeaderVocabulary.kindOf("Umsatztext")).isEqualTo(ColumnKind.DESCRIPTION);
        Statement s = parse(giroPage());
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("-62.84", "2941.86", "-7.90");
        assertThat(s.transactions().get(0).description()).isEqualTo("Bezahlung Karte MC/000004127 BILLA 6541 WIEN 1060");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
