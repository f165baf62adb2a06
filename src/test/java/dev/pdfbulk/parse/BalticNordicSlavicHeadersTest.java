package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Column headers in Estonian ("Kuupäev | Saaja/Maksja | Selgitus | Summa"), Latvian ("Datums | Apraksts | Debets |
 * Kredīts | Atlikums"), Icelandic ("Dags. | Skýring | Upphæð | Staða"), Croatian ("Datum valute | Opis | Isplata |
 * Uplata | Stanje"), Slovenian ("Datum | Opis | Breme | Dobro | Stanje") and Slovak ("Dátum | Popis | Suma | Zostatok")
 * start a table.
 */
class BalticNordicSlavicHeadersTest {

    @Test
    void estonianSignedSumWithPayeeAndExplanation() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Periood: 01.05.2025 - 31.05.2025").gap(20)
                .line(40, "Kuupäev", 100, "Saaja/Maksja", 260, "Selgitus", 530, "Summa")
                .cell(40, "07.05.2025").cell(100, "Nortal AS").cell(260, "Töötasu mai 2025").right(555, "2 781.95").next()
                .cell(40, "09.05.2025").cell(100, "Elisa Eesti AS").cell(260, "Mobiilside arve 294016").right(555, "-23.16").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Nortal AS Töötasu mai 2025", "Elisa Eesti AS Mobiilside arve 294016");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("2781.95"), new BigDecimal("-23.16"));
    }

    @Test
    void latvianDebitCreditBalance() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Periods: 01.04.2025 - 30.04.2025").gap(20)
                .line(40, "Datums", 100, "Apraksts", 370, "Debets", 440, "Kredīts", 520, "Atlikums")
                .cell(40, "02.04.2025").cell(100, "Pirkums MAXIMA LATVIJA").right(400, "12,40").right(555, "1 549,90").next()
                .cell(40, "05.04.2025").cell(100, "Ienākošais maksājums").right(470, "100,00").right(555, "1 649,90").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-12.40"), new BigDecimal("100.00"));
    }

    @Test
    void icelandicWholeKronur() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Tímabil 01.02.2025 - 28.02.2025").gap(20)
                .line(40, "Dags.", 100, "Skýring", 440, "Upphæð", 530, "Staða")
                .cell(40, "03.02.25").cell(100, "Bónus Smáralind").right(470, "-7.305").right(555, "405.565").next()
                .cell(40, "05.02.25").cell(100, "Laun Marel hf.").right(470, "659.034").right(555, "1.064.599").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-7305"), new BigDecimal("659034"));
    }

    @Test
    void croatianValueDateAloneIsTheDate() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Razdoblje: 01.06.2025. - 30.06.2025.").gap(20)
                .line(40, "Datum", 105, "Opis", 370, "Isplata", 450, "Uplata", 530, "Stanje")
                .line(40, "valute")
                .cell(40, "02.06.2025.").cell(105, "Kartično plaćanje KONZUM").right(400, "26,06").right(555, "1.361,50").next()
                .cell(40, "09.06.2025.").cell(105, "Uplata Ivana Horvat povrat").right(475, "70,78").right(555, "1.432,28").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-26.06"), new BigDecimal("70.78"));
        assertThat(s.transactions().get(0).date()).hasToString("2025-06-02");
    }

    @Test
    void slovenianBremeDobro() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Obdobje: 01.07.2025 - 31.07.2025").gap(20)
                .line(40, "Datum", 100, "Opis", 370, "Breme", 450, "Dobro", 530, "Stanje")
                .cell(40, "03.07.2025").cell(100, "Nakup s kartico MERCATOR").right(400, "45,10").right(555, "2.001,08").next()
                .cell(40, "10.07.2025").cell(100, "Prejeto nakazilo Maja Novak").right(475, "20,00").right(555, "2.021,08").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-45.10"), new BigDecimal("20.00"));
    }

    @Test
    void slovakZostatokIsTheBalance() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Obdobie: 01.07.2025 - 31.07.2025").gap(20)
                .line(40, "Dátum", 100, "Popis", 440, "Suma", 525, "Zostatok")
                .cell(100, "Počiatočný zostatok").right(555, "3 127,84").next()
                .cell(40, "03.07.2025").cell(100, "Platba kartou TESCO STORES SR").right(460, "-45,10").right(555, "3 082,74").next()
                .cell(40, "12.07.2025").cell(100, "Prijatá platba ESET, spol. s r.o.").right(460, "2 400,00").right(555, "5 482,74").next()
                .cell(100, "Konečný zostatok").right(555, "5 482,74").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-45.10"), new BigDecimal("2400.00"));
        assertThat(s.transactions()).extracting(Transaction::balance)
                .containsExactly(new BigDecimal("3082.74"), new BigDecimal("5482.74"));
    }
}
