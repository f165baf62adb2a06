package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Czech table headed "Datum | Objem | Protiúčet | Kód banky | Zpráva pro příjemce | Typ" (Fio banka's): "Objem" is
 * the signed amount, "Zpráva pro příjemce" the row's text, the other party's account and bank code and the type no
 * part of it.
 */
class CzechVolumeAndMessageTest {

    @Test
    void volumeIsTheAmountAndTheMessageTheDescription() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Výpis z účtu za období 01.05.2025 - 31.05.2025").gap(20)
                .line(40, "Datum", 120, "Objem", 160, "Protiúčet", 240, "Kód banky", 300, "Zpráva pro příjemce",
                        470, "Typ")
                .cell(40, "02.05.2025").right(150, "-780,00").cell(160, "2226222").cell(240, "0800")
                .cell(300, "Pojištění vozidla").cell(470, "Trvalý příkaz").next()
                .cell(40, "06.05.2025").right(150, "1 396,27").cell(160, "19-2045430207").cell(240, "0100")
                .cell(300, "Vrácení přeplatku").cell(470, "Bezhotovostní příjem").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Pojištění vozidla", "Vrácení přeplatku");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-780.00"), new BigDecimal("1396.27"));
    }
}
