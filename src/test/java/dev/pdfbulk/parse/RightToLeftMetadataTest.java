package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels of a right-to-left page, their value on their left ("٠٠٣١٠٢٨٤٧٥٠١٩٦٣٧   رقم الحساب :", as National Bank of
 * Egypt prints its account block): the account, the currency and the period are read from the cell before them.
 */
class RightToLeftMetadataTest {

    @Test
    void theAccountNumberLeftOfItsArabicLabelIsTheAccount() {
        PageSketch p = new PageSketch(1).line(300, "0031028475019637", 420, "رقم الحساب :");
        assertThat(read(p).account()).isEqualTo("****9637");
    }

    @Test
    void theCurrencyNamedLeftOfItsArabicLabelIsTheAccountsCurrency() {
        PageSketch p = new PageSketch(1).line(300, "جنيه مصري", 420, "العملة :");
        assertThat(read(p).currency()).isEqualTo("EGP");
    }

    @Test
    void aPoundWithoutItsCountryNamesNoCurrency() {
        PageSketch p = new PageSketch(1).line(300, "جنيه", 420, "العملة :");
        assertThat(read(p).currency()).isNull();
    }

    @Test
    void thePeriodLeftOfItsArabicLabelIsThePeriod() {
        PageSketch p = new PageSketch(1).line(250, "من 01/06/2025 إلى 30/06/2025", 420, "الفترة :");
        MetadataReader.Raw meta = read(p);
        assertThat(meta.periodStart()).isEqualTo(new RawDate(1, 6, 2025, false));
        assertThat(meta.periodEnd()).isEqualTo(new RawDate(30, 6, 2025, false));
    }

    @Test
    void aLeftToRightLabelsValueIsStillTheOneOnItsRight() {
        PageSketch p = new PageSketch(1).line(40, "9999888877776666", 300, "Account number:", 400, "1234567890");
        assertThat(read(p).account()).isEqualTo("****7890");
    }

    @Test
    void aNumberLeftOfALeftToRightLabelIsNotItsValue() {
        PageSketch p = new PageSketch(1).line(300, "0031028475019637", 420, "Account number:");
        assertThat(read(p).account()).isNull();
    }

    @Test
    void theCellsOfALineEndedByARightToLeftLabelAreReadRightToLeft() {
        Line line = Line.of(new PageSketch(1).line(100, "جنيه مصري", 300, "العملة :").page()).get(0);
        assertThat(RightToLeftLabels.readingOrder(line).text()).isEqualTo("العملة : جنيه مصري");
        Line latin = Line.of(new PageSketch(1).line(100, "EGP", 300, "Currency :").page()).get(0);
        assertThat(RightToLeftLabels.readingOrder(latin)).isSameAs(latin);
    }

    private static MetadataReader.Raw read(PageSketch p) {
        List<Line> lines = Line.of(p.page());
        return MetadataReader.read(lines);
    }
}
