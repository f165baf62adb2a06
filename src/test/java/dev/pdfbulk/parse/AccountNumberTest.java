package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The account number the metadata reports: read within its cell, its digit groups a space apart included. */
class AccountNumberTest {

    private static String account(PageSketch p) {
        return MetadataReader.read(Line.of(p.page())).account();
    }

    @Test
    void theBalanceInTheNextCellIsNoPartOfTheNumber() {
        // An account summary row: the balance a cell after the number once lent it its last digits ("****8913").
        assertThat(account(new PageSketch(1).line(40, "POSB Passbook Savings Account", 250, "123-45678-9", 400,
                "13,099.97"))).isEqualTo("****6789");
        // The same with an address cell on the row before it and the number in the label's own cell.
        assertThat(account(new PageSketch(1).line(40, "#05-221", 250, "POSB Passbook Savings Account 123-45678-9", 480,
                "13,099.97"))).isEqualTo("****6789");
    }

    @Test
    void digitGroupsASpaceApartAreOneNumber() {
        assertThat(account(new PageSketch(1).line(40, "Account number 1234 5678 9012"))).isEqualTo("****9012");
        assertThat(account(new PageSketch(1).line(40, "Account No.", 200, "12345678", 400, "Page 1 of 2")))
                .isEqualTo("****5678");
    }

    @Test
    void aColonSetASpaceApartFromTheLabelStillLeadsToTheNumber() {
        // Al Rajhi's "Account Number" column of labels, each value after " : ".
        assertThat(account(new PageSketch(1).line(40, "Account Number", 130, ": 123608010123456")))
                .isEqualTo("****3456");
    }

    @Test
    void groupsWhoseMiddleIsNoMonthNorDayAreNoDate() {
        // "0218-44-7391" (USAA's) was taken for a date, 44 its month or day, and the account left unread.
        assertThat(account(new PageSketch(1).line(400, "Account Number 0218-44-7391"))).isEqualTo("****7391");
        // A date after the label is still none ("Account 2025-06-30" names no number).
        assertThat(account(new PageSketch(1).line(40, "Account Number 2025-06-30"))).isNull();
    }

    @Test
    void dotsBeforeTheLastDigitsMaskTheRest() {
        assertThat(account(new PageSketch(1).line(40, "Account ending in ...3307"))).isEqualTo("****3307");
    }

    @Test
    void twoDigitsAfterASlashEndTheNumberButFourAreTheBanksCode() {
        // Leumi: branch, account and a two-digit suffix; Czech: the account, then the bank's four-digit code.
        assertThat(account(new PageSketch(1).line(40, "Account No.: 812-123456/78"))).isEqualTo("****5678");
        assertThat(account(new PageSketch(1).line(40, "Číslo účtu: 1234567890/0800"))).isEqualTo("****7890");
    }

    @Test
    void aLongerPartAfterTheSlashIsTheAccountWithinItsBranch() {
        // Intesa Sanpaolo: a four-digit code, then the account; the IBAN ends in both.
        assertThat(account(new PageSketch(1).line(40, "XME Conto n. 1000/00012345")
                .line(40, "IBAN IT60 X030 6909 6061 0000 0012 345"))).isEqualTo("****2345");
        // A statement's number and year stay no account's digits.
        assertThat(account(new PageSketch(1).line(40, "Account No.: 12345678/2025"))).isEqualTo("****5678");
    }

    @Test
    void aPortugueseNumberSignLeadsToTheNumberBeforeItsIban() {
        // Millennium bcp: the account, then its IBAN, whose last digits are check digits.
        assertThat(account(new PageSketch(1).line(40, "CONTA N.º 45378512345")
                .line(40, "IBAN PT50 0033 0000 4537 8512 3450 5"))).isEqualTo("****2345");
        assertThat(account(new PageSketch(1).line(40, "Cuenta N.° 45378512345"))).isEqualTo("****2345");
    }
}
