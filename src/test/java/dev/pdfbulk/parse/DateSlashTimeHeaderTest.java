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

/** A date and the time of day named in one header cell ("Date/Time", "Tarih/Saat") over "05.06.2025 14:22". */
class DateSlashTimeHeaderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Date/Time, DATE", "Tarih/Saat, DATE", "TARİH/SAAT, DATE", "Datum/Uhrzeit, DATE", "Fecha/Hora, DATE",
        "Value Date/Time, OTHER_DATE"})
    void aDateWithItsTimeNamesTheDateColumn(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void timesAloneNameNoDate() {
        assertThat(HeaderVocabulary.kindOf("Time/Zeit")).isEqualTo(ColumnKind.OTHER);
    }

    @Test
    void aTarihSaatColumnDatesTheRows() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Tarih Aralığı: 01.06.2025 - 30.06.2025").gap(20)
                .line(40, "Tarih/Saat", 128, "İşlem", 176, "Açıklama", 450, "Tutar", 530, "Bakiye")
                .cell(176, "Devreden Bakiye").right(555, "-1.875,60").next()
                .cell(40, "02.06.2025 17:23").cell(128, "HAVALE").cell(176, "HAVALE GİDEN MEHMET DEMİR YEMEK PAYI")
                        .right(470, "-1.166,06").right(555, "-3.041,66").next()
                .cell(40, "15.06.2025 09:02").cell(128, "EFT").cell(176, "EFT GELEN ABC TEKSTİL SAN. VE TİC.")
                        .right(470, "46.380,00").right(555, "43.338,34").next()
                .cell(176, "A.Ş. MAAŞ ÖDEMESİ").next()
                .cell(176, "Son Bakiye").right(555, "43.338,34").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("HAVALE GİDEN MEHMET DEMİR YEMEK PAYI", "EFT GELEN ABC TEKSTİL SAN. VE TİC. A.Ş. MAAŞ ÖDEMESİ");
        assertThat(s.transactions()).extracting(t -> t.date().toString()).containsExactly("2025-06-02", "2025-06-15");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-1166.06"), new BigDecimal("46380.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
