package dev.pdfbulk.testing;

import dev.pdfbulk.testing.AmountStyle.Sign;
import dev.pdfbulk.testing.Geometry.Font;
import dev.pdfbulk.testing.Layout.AmountColumns;
import dev.pdfbulk.testing.Layout.BalancePolicy;
import dev.pdfbulk.testing.Layout.RefColumn;
import dev.pdfbulk.testing.Layout.SideTable;
import dev.pdfbulk.testing.Layout.Wrap;

import java.util.List;

/**
 * Named option combinations. None copies a real bank; together they cover every option a parser
 * must handle (see {@link #all()}).
 */
public final class Layouts {

    private Layouts() {
    }

    /** Every named layout, in a fixed order. */
    public static List<Layout> all() {
        return List.of(ukCurrentAccount(), usChecking(), deGiroSigned(), deSollHaben(), frCompte(), creditCard(),
                creditCardDrCr(), intlParentheses(), ukTrailingMinus(), intlIsoCode(), multiPage());
    }

    public static Layout named(String name) {
        return all().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layout " + name));
    }

    /** Money out / Money in, balance on the last row of each day, date once per day ({@code 05 Dec}). */
    public static Layout ukCurrentAccount() {
        return Layout.builder("uk-current-account", Vocabulary.UK).dates(DateStyle.D_MON)
                .balances(BalancePolicy.LAST_OF_DAY).repeatDates(false).build();
    }

    /** Withdrawals / Deposits in dollars, check-number column, amounts on the last wrapped line, {@code MM/dd}. */
    public static Layout usChecking() {
        return Layout.builder("us-checking", Vocabulary.US).dates(DateStyle.MD_SLASH).periodDates(DateStyle.LONG_US)
                .numbers(AmountStyle.ENGLISH.withCurrency("$", true)).reference(RefColumn.AFTER_DESCRIPTION)
                .wrap(Wrap.AMOUNT_ON_LAST_LINE).totalRow(true).sideTable(SideTable.AFTER_TABLE)
                .geometry(Geometry.letter(Font.HELVETICA, 8.5f, 36)).build();
    }

    /** One signed column {@code 1.234,56+}, booking and value dates, no running balance, fees box first. */
    public static Layout deGiroSigned() {
        return Layout.builder("de-giro-signed", Vocabulary.DE).dates(DateStyle.DMY_DOT).periodDates(DateStyle.DMY_DOT)
                .amounts(AmountColumns.SIGNED).numbers(AmountStyle.GERMAN).balances(BalancePolicy.NONE)
                .postDateColumn(true).summaryBox(false).sideTable(SideTable.BEFORE_TABLE)
                .geometry(Geometry.a4(Font.TIMES, 9.5f, 56)).build();
    }

    /** Soll / Haben columns with a signed German balance, several pages. */
    public static Layout deSollHaben() {
        return Layout.builder("de-soll-haben", Vocabulary.DE).dates(DateStyle.DMY_DOT).periodDates(DateStyle.DMY_DOT)
                .numbers(AmountStyle.GERMAN).reference(RefColumn.BEFORE_DESCRIPTION).totalRow(true)
                .geometry(Geometry.a4(Font.HELVETICA, 9, 45).withMaxRowsPerPage(25)).build();
    }

    /** Débit / Crédit in {@code 1 234,56 €}, {@code dd/MM}, dated balance rows, no balance column. */
    public static Layout frCompte() {
        return Layout.builder("fr-compte", Vocabulary.FR).dates(DateStyle.DM_SLASH)
                .numbers(AmountStyle.FRENCH.withCurrency("€", false)).balances(BalancePolicy.NONE)
                .datedBalanceRows(true).totalRow(true).wrap(Wrap.AMOUNT_ON_LAST_LINE).summaryBox(false)
                .sideTable(SideTable.AFTER_TABLE).geometry(Geometry.a4(Font.HELVETICA, 8.5f, 48)).build();
    }

    /** Card: trans and post date ({@code Dec 05}), charges unsigned, credits {@code CR}, owed balances. */
    public static Layout creditCard() {
        return Layout.builder("credit-card", Vocabulary.CARD).dates(DateStyle.MON_D).periodDates(DateStyle.D_MON_Y)
                .amounts(AmountColumns.OWED).numbers(AmountStyle.ENGLISH.withSign(Sign.CR_SUFFIX))
                .balances(BalancePolicy.NONE).postDateColumn(true).carryForward(false)
                .sideTable(SideTable.AFTER_TABLE).geometry(Geometry.letter(Font.TIMES, 9, 40)).build();
    }

    /** Card with {@code €1,234.56 DR} / {@code CR}, a reference column and no balance rows in the table. */
    public static Layout creditCardDrCr() {
        return Layout.builder("credit-card-dr-cr", Vocabulary.CARD).dates(DateStyle.DMY_SLASH)
                .amounts(AmountColumns.OWED).numbers(AmountStyle.ENGLISH.withSign(Sign.DR_CR_SUFFIX)
                        .withCurrency("€", true))
                .balances(BalancePolicy.NONE).postDateColumn(true).reference(RefColumn.BEFORE_DESCRIPTION)
                .balanceRows(false).carryForward(false).geometry(Geometry.a4(Font.COURIER, 8, 30)).build();
    }

    /** Signed {@code (1,234.56)}, {@code MM/dd/yyyy}, fake-bold headings, fees box before the table. */
    public static Layout intlParentheses() {
        return Layout.builder("intl-parentheses", Vocabulary.INTL).dates(DateStyle.MDY_SLASH)
                .periodDates(DateStyle.ISO).amounts(AmountColumns.SIGNED)
                .numbers(AmountStyle.ENGLISH.withSign(Sign.PARENTHESES)).wrap(Wrap.AMOUNT_ON_LAST_LINE)
                .sideTable(SideTable.BEFORE_TABLE)
                .geometry(Geometry.letter(Font.HELVETICA, 9, 50).withOverprintBold(true)).build();
    }

    /** Signed {@code £1,234.56-}, {@code dd MMM yyyy}, cheque column before the description, total row. */
    public static Layout ukTrailingMinus() {
        return Layout.builder("uk-trailing-minus", Vocabulary.UK).dates(DateStyle.D_MON_Y)
                .periodDates(DateStyle.D_MON_Y).amounts(AmountColumns.SIGNED)
                .numbers(AmountStyle.ENGLISH.withSign(Sign.TRAILING_MINUS).withCurrency("£", true))
                .reference(RefColumn.BEFORE_DESCRIPTION).totalRow(true).summaryBox(false)
                .geometry(Geometry.a4(Font.TIMES, 10, 60)).build();
    }

    /** Signed {@code -1,234.56 EUR}, ISO dates, balance per day, dated balance rows, fees box after. */
    public static Layout intlIsoCode() {
        return Layout.builder("intl-iso-code", Vocabulary.INTL).dates(DateStyle.ISO).periodDates(DateStyle.ISO)
                .amounts(AmountColumns.SIGNED).numbers(AmountStyle.ENGLISH.withCurrency("EUR", false))
                .balances(BalancePolicy.LAST_OF_DAY).repeatDates(false).datedBalanceRows(true)
                .sideTable(SideTable.AFTER_TABLE).geometry(Geometry.a4(Font.HELVETICA, 8, 36)).build();
    }

    /** Short pages: carried/brought forward rows, reference column, wrapped rows, totals, Courier. */
    public static Layout multiPage() {
        return Layout.builder("multi-page", Vocabulary.INTL).dates(DateStyle.D_MON).periodDates(DateStyle.D_MON_Y)
                .reference(RefColumn.AFTER_DESCRIPTION).wrap(Wrap.AMOUNT_ON_LAST_LINE).totalRow(true)
                .sideTable(SideTable.AFTER_TABLE)
                .geometry(Geometry.letter(Font.COURIER, 8.5f, 40).withMaxRowsPerPage(24)).build();
    }
}
