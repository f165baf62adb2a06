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

/** Lithuanian column headers ("Suma" signed by a "D/K" column), balance labels and the statements they head. */
class LithuanianTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Gavėjas/Mokėtojas, DESCRIPTION", "Paaiškinimai, DESCRIPTION", "Mokėjimo paskirtis, DESCRIPTION",
        "Likutis, BALANCE", "Debetas, DEBIT", "Kreditas, CREDIT", "D/K, SIGN"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Pradinis likutis, true", "PRADINIS LIKUTIS, true", "Galutinis likutis, false"})
    void lithuanianLabelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
        assertThat(Marker.of(label, false)).isEqualTo(Marker.BALANCE);
    }

    @Test
    void saskaitaLabelsTheAccount() {
        assertThat(MetadataReader.read(Line.of(new PageSketch(1).line(40, "Klientas: LINA KAZLAUSKIENĖ", 330,
                "Sąskaita: LT12 4010 0510 0123 4567").page())).account()).isEqualTo("****4567");
        assertThat(MetadataReader.read(Line.of(new PageSketch(1).line(40, "Sąskaitos Nr. 12345678")
                .page())).account()).isEqualTo("****5678");
        assertThat(MetadataReader.read(Line.of(new PageSketch(1).line(40, "Sąskaitos numeris LT12 4010 0510 0123 4567")
                .page())).account()).isEqualTo("****4567");
    }

    @Test
    void theKOfADkColumnIsMoneyIn() {
        assertThat(SignWords.directionOf("K", true)).isEqualTo(1);
        assertThat(SignWords.directionOf("D", true)).isEqualTo(-1);
        assertThat(SignWords.directionOf("K", false)).isZero();
    }

    @Test
    void aLuminorStatementWithADkColumnReconcilesFromPradinisToGalutinisLikutis() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Laikotarpis: 2025-06-01 – 2025-06-30", 330, "Valiuta: EUR")
                .line(48, "Pradinis likutis", 176, "Galutinis likutis")
                .line(48, "1 874,22 EUR", 176, "2 010,51 EUR").gap(20)
                .line(40, "Data", 100, "Gavėjas/Mokėtojas", 215, "Paaiškinimai", 496, "Suma", 535, "D/K")
                .cell(40, "2025-06-02").cell(100, "MAXIMA LT, UAB").cell(215, "Kortelės operacija MAXIMA X78")
                        .right(520, "30,77").cell(538, "D").next()
                .cell(215, "kortelė ***5512").next()
                .cell(40, "2025-06-04").cell(100, "UAB \"NORDSOFT\"").cell(215, "Darbo užmokestis")
                        .right(520, "169,05").cell(538, "K").next()
                .cell(40, "2025-06-30").cell(215, "Mėnesinis aptarnavimo mokestis")
                        .right(520, "1,99").cell(538, "D").next().gap(10)
                .cell(215, "Galutinis likutis").right(520, "2 010,51").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("MAXIMA LT, UAB Kortelės operacija MAXIMA X78 kortelė ***5512",
                        "UAB \"NORDSOFT\" Darbo užmokestis", "Mėnesinis aptarnavimo mokestis");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-30.77"), new BigDecimal("169.05"), new BigDecimal("-1.99"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
