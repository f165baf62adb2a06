package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {
    // The definition DateParser.parse implements by hand: the regular expressions it used before.
    private static final String MONTH = "(?<mon>[A-Za-z\u00c0-\u00ff]{3,9})\\.?";
    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile(
            "^(?<y>\\d{4})[-/.](?<a>\\d{1,2})[-/.](?<b>\\d{1,2})$");
    private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile(
            "^(?<a>\\d{1,2})(?<s>[/.\\-])(?<b>\\d{1,2})(?:\\k<s>(?<y>\\d{4}|\\d{2}))?\\.?$");
    private static final java.util.regex.Pattern DAY_MONTH = java.util.regex.Pattern.compile(
            "^(?<d>\\d{1,2})\\.?[ \\-]?" + MONTH + "(?:[ \\-,]+(?<y>\\d{4}|\\d{2}))?$");
    private static final java.util.regex.Pattern COMPACT = java.util.regex.Pattern.compile(
            "^(?<d>\\d{1,2})" + MONTH + "(?<y>\\d{4}|\\d{2})$");
    private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile(
            "^" + MONTH + " ?(?<d>\\d{1,2})(?:(?:st|nd|rd|th))?(?:,? (?<y>\\d{4}))?$");

    private static java.util.Optional<RawDate> byRegex(String text) {
        String s = text.strip();
        if (s.length() < 3 || s.length() > 20 || !Character.isLetterOrDigit(s.charAt(0))
                || s.chars().noneMatch(Character::isDigit)) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return DateParser.checked(new RawDate(Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")),
                    Integer.parseInt(m.group("y")), true));
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            if (m.group("y") == null && ("-".equals(m.group("s")) || ".".equals(m.group("s")) && !s.endsWith("."))) {
                return java.util.Optional.empty();
            }
            return DateParser.checked(new RawDate(Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")),
                    DateParser.year(m.group("y")), false));
        }
        m = DAY_MONTH.matcher(s);
        if (m.matches()) {
            Integer month = DateParser.month(m.group("mon"));
            return month == null ? java.util.Optional.empty() : DateParser.checked(new RawDate(month,
                    Integer.parseInt(m.group("d")), DateParser.year(m.group("y")), true));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            Integer month = DateParser.month(m.group("mon"));
            return month == null ? java.util.Optional.empty() : DateParser.checked(new RawDate(month,
                    Integer.parseInt(m.group("d")), DateParser.year(m.group("y")), true));
        }
        m = MONTH_DAY.matcher(s);
        if (m.matches()) {
            Integer month = DateParser.month(m.group("mon"));
            return month == null ? java.util.Optional.empty() : DateParser.checked(new RawDate(month,
                    Integer.parseInt(m.group("d")), DateParser.year(m.group("y")), true));
        }
        return java.util.Optional.empty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2024-01-15", "2024/1/5", "2024.12.31", "20240115",
        "2024-123-4", "15/01/2024", "01/15/24", "1/2", "01.02.", "01.02", "01-02", "01-02-2024", "01.02.2024.",
        "01/02.2024", "01/02/123", "5 Jan", "05 Jan 2024", "5. Jan", "5-Jan-24", "5 Jan, 2024", "5 Jan.", "5 janv.",
        "12 März 2024", "3 Marketing", "Jan 5", "Jan 5th", "Jan. 05, 2024", "Jan 5 2024", "January 15", "Sept 3",
        "Jan 123", "Jan 5,2024", "5 Januaryyyyy", "12Jan2024", "01APR25", "1Apr2025", "01APR255", "01.APR25",
        "01 APR25", "01APR.25", "1 2", "Dec 31st, 2023", "31/12", "13/13/2024",
        "Jan", "Payment 5", "5 Jan 20245"})
    void matchesTheRegexDefinition(String text) {
        assertThat(DateParser.parse(text)).as("[%s]", text).isEqualTo(byRegex(text));
    }

    @org.junit.jupiter.api.Test
    void matchesTheRegexDefinitionOnRandomText() {
        String[] tokens = {"1", "5", "12", "31", "2024", "24", "123", "/", ".", "-", " ", ",", "Jan", "jan", "Janv",
            "März", "Sept", "December", "Marketing", "st", "th", "x", "\u00d7", "0"};
        java.util.Random random = new java.util.Random(9);
        int dates = 0;
        for (int n = 0; n < 300_000; n++) {
            String text = RandomPhrases.of(random, tokens, 1, 6);
            java.util.Optional<RawDate> expected = byRegex(text);
            assertThat(DateParser.parse(text)).as("[%s]", text).isEqualTo(expected);
            if (expected.isPresent()) {
                dates++;
            }
        }
        assertThat(dates).isGreaterThan(1_000);
    }


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
            "01APR25,     DAY_FIRST,   2025-04-01",
            "30APR2025,   DAY_FIRST,   2025-04-30",
    })
    void readsEveryPrintedForm(String text, RawDate.Order order, LocalDate expected) {
        RawDate raw = DateParser.parse(text).orElseThrow();
        assertThat(raw.resolve(order, 2024)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "15 FEVRIER 2025, 2",
            "15 FEV. 2025,    2",
            "15 FÉVR. 2025,   2",
            "3 AOUT 2025,     8",
            "3 AOÛT,          8",
            "24 DECEMBRE,     12",
            "24 DÉCEMBRE,     12",
            "1 MAERZ 2025,    3",
            "1 Maerz,         3",
            "1 MÄRZ 2025,     3",
            "1 MARZ 2025,     3",
            "1 Mär,           3",
            "2 JUILLET,       7",
            "JANV 5,          1",
            "12 OKTOBER 2025, 10",
    })
    void readsMonthNamesInCapitalsAndWithoutAccents(String text, int month) {
        RawDate raw = DateParser.parse(text).orElseThrow();
        assertThat(raw.monthKnown()).isTrue();
        assertThat(raw.first()).isEqualTo(month);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.50", "45.00", "Page 1", "REF 386968", "Marketing 12", "32/01/2025", "13/13/2025",
            "1,234.56", "02-12", "3 MARKETING", "3 AOUTS", "3 DECEMBER2"})
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
