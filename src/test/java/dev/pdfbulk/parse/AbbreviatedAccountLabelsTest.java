package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Japan Post's "記号番号" (the account's symbol and number) and a Spanish current account's kind abbreviated after
 * its label, "Cuenta : Cta. Cte. N° 1-0045871-2"; and the guaraní named in full under a currency label.
 */
class AbbreviatedAccountLabelsTest {

    private static MetadataReader.Raw read(PageSketch p) {
        return MetadataReader.read(Line.of(p.page()));
    }

    @Test
    void japanPostsSymbolAndNumberIsTheAccount() {
        assertThat(read(new PageSketch(1).line(40, "記号番号", 110, "14180-12345671")).account()).isEqualTo("****5671");
    }

    @Test
    void theAbbreviatedCurrentAccountsKindStandsBetweenLabelAndNumber() {
        assertThat(read(new PageSketch(1).line(40, "Cuenta", 160, ": Cta. Cte. N° 1-0045871-2")).account())
                .isEqualTo("****8712");
    }

    @Test
    void guaraniesUnderTheLabelAreThePyg() {
        assertThat(CurrencyLabel.in(Line.of(new PageSketch(1).line(40, "Moneda", 160, ": GUARANIES").page())))
                .isEqualTo("PYG");
    }
}
