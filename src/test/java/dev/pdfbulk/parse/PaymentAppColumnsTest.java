package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A payment app's "Date | Type | Note | From | To | Amount (total)": note, payer and payee are the text, the type not. */
class PaymentAppColumnsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Note, DESCRIPTION", "Notes, DESCRIPTION", "From, DESCRIPTION", "To, DESCRIPTION", "Type, OTHER"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void theNoteThenWhoPaidWhomMakeTheDescriptionWithoutTheType() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Period: 06/01/2025 - 06/30/2025").gap(20)
                .line(40, "Date", 95, "Type", 176, "Note", 290, "From", 388, "To", 500, "Amount (total)")
                .cell(40, "06/01/2025").cell(95, "Payment").cell(176, "Concert tickets for").cell(290, "Jordan Miller")
                .cell(388, "Sofia Ramirez").right(555, "- $72.88").next()
                .cell(176, "Saturday night").next()
                .cell(40, "06/03/2025").cell(95, "Payment").cell(176, "Coffee").cell(290, "Marcus Johnson")
                .cell(388, "Jordan Miller").right(555, "+ $29.40").next()
                .cell(40, "06/22/2025").cell(95, "Standard Transfer").cell(290, "Jordan Miller")
                .cell(388, "Chase Bank ****4417").right(555, "- $127.78").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Concert tickets for Saturday night Jordan Miller Sofia Ramirez", "Coffee Marcus Johnson Jordan Miller",
                "Jordan Miller Chase Bank ****4417");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(
                new BigDecimal("-72.88"), new BigDecimal("29.40"), new BigDecimal("-127.78"));
    }
}
