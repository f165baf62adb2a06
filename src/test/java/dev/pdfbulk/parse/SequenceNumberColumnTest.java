package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A leading column of row sequence numbers ("N°" over "0042") before the date: a reference, not the table's end. */
class SequenceNumberColumnTest {

    @ParameterizedTest
    @ValueSource(strings = {"N°", "Nº", "No.", "No", "Seq.", "Sl No", "Sr. No.", "S.No"})
    void aSequenceNumberColumnIsAReference(String header) throws Exception {
        assertThat(HeaderVocabulary.kindOf(header)).isEqualTo(ColumnKind.OTHER);
        PageSketch p = new PageSketch(1).line(40, "Extrait du 01-05-2025 au 31-05-2025").gap(20)
                .line(40, header, 90, "Date", 160, "Description", 420, "Montant", 515, "Solde")
                .cell(160, "Solde précédent").right(560, "1 000,00").next()
                .cell(40, "0042").cell(90, "02-05-2025").cell(160, "Paiement Bancontact").right(460, "-234,56")
                .right(560, "765,44").next()
                .cell(40, "0043").cell(90, "05-05-2025").cell(160, "Virement reçu").right(460, "2 000,00")
                .right(560, "2 765,44").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Paiement Bancontact", "Virement reçu");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-234.56"), new BigDecimal("2000.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
