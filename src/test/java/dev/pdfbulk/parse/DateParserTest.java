package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource({
            "2025-08-03,  DAY_FIRST,   2025-08-03",
            "03/08/2025,  DAY_FIRST,   2025-08-03",
            "08/03/2025,  MONTH_FIRST, 2025-08-03",
            "03.08.2025,  DAY_FIRST,   2025-08-03",
            "03 Aug 2025, DAY_FIRST,   2025-08-03",
            "3 August 2025, MONTH_FIRST, 2025-08-03",
            "03-Aug-25,   DAY_FIRST,   2025-08-03",
            "03 Aug,      DAY_FIRST,   2024-08-03",
            "Aug 03,      DAY_FIRST,   2024-08-03",
            "Aug 3 2025,  DAY_FIRST,   2025-08-03",
            "08/03,       MONTH_FIRST, 2024-08-03",
            "03/08,       DAY_FIRST,   2024-08-03",
            "03.08.,      DAY_FIRST,   2024-08-03",
            "03 Okt 2025, DAY_FIRST,   2025-10-03",
            "03 déc. 2025, DAY_FIRST,  2025-12-03",
            "12 Mär 2025, DAY_FIRST,   2025-03-12",
    })
    void readsEveryPrintedForm(String text, RawDate.Order order, LocalDate expected) {
        RawDate raw = DateParser.parse(text).orElseThrow();
        assertThat(raw.resolve(order, 2024)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.50", "45.00", "Page 1", "REF 386968", "Marketing 12", "32/01/2025", "13/13/2025",
            "1,234.56", "02-12"})
    void rejectsWhatIsNotADate(String text) {
        assertThat(DateParser.parse(text)).isEmpty();
    }

    @Test
    void dayFirstWhenAnyFirstPartExceedsTwelve() {
        List<RawDate> dates = List.of(raw("03/08/2025"), raw("14/08/2025"), raw("20/08/2025"));
        DateResolver resolver = DateResolver.decide(dates, null, null, false, 2024);
        assertThat(resolver.order()).isEqualTo(RawDate.Order.DAY_FIRST);
        assertThat(resolver.resolve(raw("03/08/2025"))).isEqualTo(LocalDate.of(2025, 8, 3));
    }

    @Test
    void monthFirstWhenAnySecondPartExceedsTwelve() {
        List<RawDate> dates = List.of(raw("08/03/2025"), raw("08/14/2025"));
        DateResolver resolver = DateResolver.decide(dates, null, null, false, 2024);
        assertThat(resolver.order()).isEqualTo(RawDate.Order.MONTH_FIRST);
    }

    @Test
    void ambiguousDatesFollowThePeriodAndTheRowOrder() {
        // 01/02..12/02 read day-first run through February; month-first they jump month to month.
        List<RawDate> dates = List.of(raw("01/02/2025"), raw("05/02/2025"), raw("09/02/2025"), raw("12/02/2025"));
        DateResolver resolver = DateResolver.decide(dates, raw("01/02/2025"), raw("28/02/2025"), true, 2024);
        assertThat(resolver.order()).isEqualTo(RawDate.Order.DAY_FIRST);
    }

    @Test
    void yearlessDatesOfADecemberToJanuaryPeriodRollBack() {
        List<RawDate> dates = List.of(raw("12/20"), raw("12/31"), raw("01/02"), raw("01/14"));
        DateResolver resolver = DateResolver.decide(dates, raw("12/16/2025"), raw("01/15/2026"), true, 2024);
        assertThat(resolver.resolveAll(dates)).containsExactly(LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 14));
    }

    private static RawDate raw(String text) {
        return DateParser.parse(text).orElseThrow();
    }
}
