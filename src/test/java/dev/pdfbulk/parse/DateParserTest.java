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
    private static final String MONTH = "(?<mon>[A-Za-z\u00c0-\u00ff\u0100-\u017f]{3,12})\\.?";
    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile(
            "^(?<y>\\d{4})[-/.](?<a>\\d{1,2})[-/.](?<b>\\d{1,2})$");
    private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile(
            "^(?<a>\\d{1,2})(?<s>[/.\\-])(?<b>\\d{1,2})(?:\\k<s>(?<y>\\d{4}|\\d{2}))?\\.?$");
    private static final java.util.regex.Pattern DAY_MONTH = java.util.regex.Pattern.compile(
            "^(?<d>\\d{1,2})(?:(?i:st|nd|rd|th) |\\.?(?:[ \\-/]?| (?i:de) ))" + MONTH + "(?:(?:[ \\-,]+| (?i:de) )(?<y>\\d{4}|\\d{2}))?$");
    private static final java.util.regex.Pattern DAY_MONTH_SLASHED = java.util.regex.Pattern.compile(
            "^(?<d>\\d{1,2})\\.?/" + MONTH + "/(?<y>\\d{4}|\\d{2})$");
    private static final java.util.regex.Pattern COMPACT = java.util.regex.Pattern.compile(
            "^(?<d>\\d{1,2})" + MONTH + "(?<y>\\d{4}|\\d{2})$");
    private static final java.util.regex.Pattern SPACED = java.util.regex.Pattern.compile(
            "^(?<a>\\d{1,2})\\. (?<b>\\d{1,2})\\. (?<y>\\d{4})\\.?$");
    private static final java.util.regex.Pattern YEAR_FIRST = java.util.regex.Pattern.compile(
            "^(?<y>\\d{4})\\. ?(?<a>\\d{1,2})\\. ?(?<b>\\d{1,2})\\.$");
    private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile(
            "^" + MONTH + " ?(?<d>\\d{1,2})(?:(?:(?:st|nd|rd|th))?(?:,? (?<y>\\d{4}))?|/(?<sy>\\d{4}|\\d{2}))$");

    private static java.util.Optional<RawDate> byRegex(String text) {
        // A footnote mark right after the date ("05/02/25*") is no part of it.
        String s = text.strip().replaceFirst("(?<=[\\p{L}\\p{N}])[*\u2020]$", "");
        if (s.length() < 3 || s.length() > 24 || !Character.isLetterOrDigit(s.charAt(0))
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
                    DateParser.year(m.group("y")), false, false, m.group("y") != null && m.group("y").length() == 2));
        }
        m = DAY_MONTH.matcher(s);
        if (m.matches()) {
            Integer month = DateParser.month(m.group("mon"));
            return month == null ? java.util.Optional.empty() : DateParser.checked(new RawDate(month,
                    Integer.parseInt(m.group("d")), DateParser.year(m.group("y")), true));
        }
        m = DAY_MONTH_SLASHED.matcher(s);
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
                    Integer.parseInt(m.group("d")), DateParser.year(m.group("y") != null ? m.group("y") : m.group("sy")),
                    true));
        }
        m = SPACED.matcher(s);
        if (m.matches()) {
            return DateParser.checked(new RawDate(Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")),
                    Integer.parseInt(m.group("y")), false));
        }
        m = YEAR_FIRST.matcher(s);
        if (m.matches()) {
            return DateParser.checked(new RawDate(Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")),
                    Integer.parseInt(m.group("y")), true));
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
        "Jan", "Payment 5", "5 Jan 20245", "3 de marzo de 2025", "3 DE marzo", "3 de de 2025", "3-de marzo",
        "3 marzo, de 2025", "30 de septiembre de 2025", "1 października 2025", "1 pazdziernikaa",
        "01/MAY", "1/Mai", "01/MAY/2025", "01/ENE/25", "01/MAY/ 2025", "01/MAY-2025", "01-MAY/2025", "01/ MAY", "01//MAY", "05/02/25*", "5 Jan*", "05/02/25**", "05/02/25 *",
        "*05/02/25", "1/2*", "12*", "3. 5. 2025", "3. 5. 2025.", "03. 12. 2025", "3. 5.", "3. 5. 25", "3.  5. 2025",
        "2025.05.03.", "2025. 05. 03.", "2025.5.3.", "2025.05.03..", "2025 .05.03.", "3. 5. 2025*", "2025.05.03.*",
        "APR 30/25", "APR 30/2025", "May30/25", "APR 30/253", "APR 30/", "APR 30th/25", "Mayor 30/25", "APR 31/25",
        "APR 30/25/", "30/25", "2nd Jun", "1st Jun", "23rd Jun", "11th June 2025", "21ST JUN 25", "2Nd jun",
        "2nd-Jun", "2nd  Jun", "2ndJun", "2nd. Jun", "2nd de junio", "2nd Junee", "2nd 2025", "2nd Jun*", "2ſt Jun"})
    void matchesTheRegexDefinition(String text) {
        assertThat(DateParser.parse(text)).as("[%s]", text).isEqualTo(byRegex(text));
    }

    @org.junit.jupiter.api.Test
    void matchesTheRegexDefinitionOnRandomText() {
        String[] tokens = {"1", "5", "12", "31", "2024", "24", "123", "/", ".", "-", " ", ",", "Jan", "jan", "Janv",
            "März", "Sept", "December", "Marketing", "st", "th", "x", "\u00d7", "0", " de ", "DE", "marzo", "SET",
            "septiembre", "wrze\u015bnia", "pa\u017adziernika", "pa\u017adziernikaa", "Mayor", "out", "\u0142", "*", "ND", "Rd", "\u017f"};
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
            "08/03/25*,   MONTH_FIRST, 2025-08-03",
            "03.08.,      DAY_FIRST,   2024-08-03",
            "03 Okt 2025, DAY_FIRST,   2025-10-03",
            "03 déc. 2025, DAY_FIRST,  2025-12-03",
            "12 Mär 2025, DAY_FIRST,   2025-03-12",
            "01APR25,     DAY_FIRST,   2025-04-01",
            "30APR2025,   DAY_FIRST,   2025-04-30",
            "01/MAY,      DAY_FIRST,   2024-05-01",
            "31/ENE/2025, DAY_FIRST,   2025-01-31",
            "3. 5. 2025,  DAY_FIRST,   2025-05-03",
            "2025.05.03., DAY_FIRST,   2025-05-03",
            "2025. 5. 3., MONTH_FIRST, 2025-05-03",
            "APR 30/25,   DAY_FIRST,   2025-04-30",
            "Mai 30/2025, MONTH_FIRST, 2025-05-30",
            "2nd Jun,     DAY_FIRST,   2024-06-02",
            "1st Jun,     MONTH_FIRST, 2024-06-01",
            "23rd June 2025, DAY_FIRST, 2025-06-23",
            "30TH JUN 25, DAY_FIRST,   2025-06-30",
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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // Spanish
            "03 ene 2025,            2025-01-03",
            "3 de marzo de 2025,     2025-03-03",
            "3 DE MARZO DE 2025,     2025-03-03",
            "30 de septiembre de 2025, 2025-09-30",
            "15 septiembre,          2024-09-15",
            "15-MAR-2025,            2025-03-15",
            "12 dic,                 2024-12-12",
            "1 abr. 2025,            2025-04-01",
            // Italian
            "03 gen 2025,            2025-01-03",
            "15 SETT,                2024-09-15",
            "2 giugno 2025,          2025-06-02",
            "9 lug,                  2024-07-09",
            "31 ott 2025,            2025-10-31",
            // Portuguese
            "03 out 2025,            2025-10-03",
            "15 set,                 2024-09-15",
            "1 de março de 2025,     2025-03-01",
            "1 MARCO 2025,           2025-03-01",
            "4 fevereiro 2025,       2025-02-04",
            "24 dez,                 2024-12-24",
            // Dutch
            "3 mei,                  2024-05-03",
            "12 mrt,                 2024-03-12",
            "5 okt.,                 2024-10-05",
            "1 maart 2025,           2025-03-01",
            // Swedish, Danish, Norwegian
            "3 maj 2025,             2025-05-03",
            "1 marts 2025,           2025-03-01",
            "17 augusti,             2024-08-17",
            "24 des,                 2024-12-24",
            // Polish: the genitive of a date, the nominative and the three-letter forms
            "3 stycznia 2025,        2025-01-03",
            "03 sty 2025,            2025-01-03",
            "1 września 2025,        2025-09-01",
            "31 października 2025,   2025-10-31",
            "2 PAŹDZIERNIKA,         2024-10-02",
            "30 listopada,           2024-11-30",
            "7 lut,                  2024-02-07",
    })
    void readsMonthNamesOfMoreLanguages(String text, LocalDate expected) {
        RawDate raw = DateParser.parse(text).orElseThrow();
        assertThat(raw.resolve(RawDate.Order.DAY_FIRST, 2024)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3 Mayor", "3 Junior", "3 Augusta", "15 Set-up", "3 Settembrino", "3 de", "3 de 2025",
            "3 marzo de", "12 Marcos", "5 Outubro2025"})
    void onlyWholeMonthWordsAreMonths(String text) {
        assertThat(DateParser.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"03 OUT", "15 set", "3 des", "Sie 24", "12 dic", "3 Maja", "Set 5"})
    void inRunningTextAMonthThatIsAlsoAWordNeedsItsYear(String text) {
        assertThat(DateParser.parse(text)).as("as a cell of its own").isPresent();
        assertThat(DateParser.parseInText(text)).as("inside text").isEmpty();
        assertThat(DateParser.parseInText(text + " 2025")).as("with its year").isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 Mar", "3 Mai", "15 marzo", "3 mayo", "1 ene", "Okt 5", "3 de marzo"})
    void inRunningTextOtherMonthWordsNeedNoYear(String text) {
        assertThat(DateParser.parseInText(text)).isEqualTo(DateParser.parse(text)).isPresent();
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
