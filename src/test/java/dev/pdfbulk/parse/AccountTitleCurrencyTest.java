package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The currency an account's title line ends with alone ("SAVINGS ACCOUNT  RM", "... veltureikningur ISK"). */
class AccountTitleCurrencyTest {

    private static String currency(PageSketch page) {
        return MetadataReader.read(Line.of(page.page())).currency();
    }

    @Test
    void aSignAfterTheAccountsNameIsItsCurrency() {
        assertThat(currency(new PageSketch(1).line(40, "MAYBANK SAVINGS ACCOUNT", 200, "RM")
                .line(40, "Opening balance", 300, "4,218.65"))).isEqualTo("MYR");
    }

    @Test
    void aCodeEndingTheAccountLabelsLineIsItsCurrency() {
        assertThat(currency(new PageSketch(1).line(40, "Reikningur 0111-26-004512 Almennur veltureikningur ISK")
                .line(300, "Upphafsstaða", 450, "412.870"))).isEqualTo("ISK");
    }

    @Test
    void aSignOfSeveralCurrenciesOrAnotherLineNamesNone() {
        assertThat(currency(new PageSketch(1).line(40, "PREMIUM CHECKING ACCOUNT", 200, "$")
                .line(40, "Opening balance", 300, "4,218.65"))).isNull();
        assertThat(currency(new PageSketch(1).line(40, "Statement of transactions", 200, "RM")
                .line(40, "Opening balance", 300, "4,218.65"))).isNull();
    }

    @Test
    void amountsInAnotherCurrencyOutweighTheTitle() {
        assertThat(currency(new PageSketch(1).line(40, "Savings account GBP")
                .line(40, "Opening balance", 300, "1,000.00 EUR").line(40, "Closing balance", 300, "900.00 EUR")))
                .isEqualTo("EUR");
    }

    @Test
    void aCellTitlingTheAccountEndsWithItsCurrency() {
        // The title shares its line with another cell ("PAGE 1 OF 1", the holder's address): the cell is the title.
        assertThat(currency(new PageSketch(1).line(40, "JUAN DELA CRUZ", 330, "SAVINGS ACCOUNT - PHP", 480, "PAGE 1 OF 1")
                .line(40, "Opening balance", 300, "4,218.65"))).isEqualTo("PHP");
        assertThat(currency(new PageSketch(1).line(40, "STR. MEMORANDUMULUI NR. 28", 330, "Cont curent - RON")
                .line(40, "Sold anterior", 300, "4,218.65"))).isEqualTo("RON");
    }

    @Test
    void aCellNamingNoAccountNamesNone() {
        assertThat(currency(new PageSketch(1).line(40, "JUAN DELA CRUZ", 330, "Statement in PHP", 480, "PAGE 1 OF 1")
                .line(40, "Opening balance", 300, "4,218.65"))).isNull();
    }
}
