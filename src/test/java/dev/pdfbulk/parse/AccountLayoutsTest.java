package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an account's number stands and how it is printed: the account's kind in a cell of its own, an IBAN grouped
 * its country's way, a check letter, a French RIB, a key holding the account, the account's own cards, a whole number
 * after the account's kind.
 */
class AccountLayoutsTest {

    private static String account(PageSketch p) {
        return MetadataReader.read(Line.of(p.page())).account();
    }

    @Test
    void theAccountsKindInACellOfItsOwnStandsBetweenTheLabelAndItsNumber() {
        // Mizuho's "口座 | 普通預金 | 1234567", SMBC's "口座番号 | 普通 | 7654321".
        assertThat(account(new PageSketch(1).line(40, "口座", 100, "普通預金", 200, "1234567"))).isEqualTo("****4567");
        assertThat(account(new PageSketch(1).line(40, "口座番号", 100, "普通", 200, "7654321"))).isEqualTo("****4321");
    }

    @Test
    void aWholeNumberAfterTheAccountsKindIsTheAccountWhereNothingIsLabelled() {
        assertThat(account(new PageSketch(1).line(40, "TRUIST", 300, "TRUIST ONE CHECKING", 450, "1100012345678")))
                .isEqualTo("****5678");
        assertThat(account(new PageSketch(1).line(40, "EveryDay Checking - 7012345518"))).isEqualTo("****5518");
        // Two that differ name no account; a short number after the kind is none.
        assertThat(account(new PageSketch(1).line(40, "EveryDay Checking - 7012345518")
                .line(40, "Membership Savings - 7012345526"))).isNull();
        assertThat(account(new PageSketch(1).line(40, "Savings 2025"))).isNull();
    }

    @Test
    void anIbanIsReadByItsCountrysLengthHoweverItIsGrouped() {
        // Monobank's IBAN in groups of six and five: read, it differs from the card's number, so no account.
        PageSketch mono = new PageSketch(1)
                .line(40, "Картка / Card:", 200, "5375 41** **** 8812")
                .line(40, "Рахунок / Account:", 200, "UA21 322001 00000 2620 1234 567890");
        assertThat(account(mono)).isNull();
        // Alone it is the account; a Swiss IBAN's last group a letter; a Polish one's country code set apart.
        assertThat(account(new PageSketch(1).line(40, "Рахунок / Account: UA21 322001 00000 2620 1234 567890")))
                .isEqualTo("****7890");
        assertThat(account(new PageSketch(1).line(40, "IBAN CH62 0027 3273 1234 5678 M", 300, "Daniel Brunner")))
                .isEqualTo("****678M");
        assertThat(account(new PageSketch(1).line(40, "IBAN PL 12 1240 4650 1111 0010 8832 4417"))).isEqualTo("****4417");
    }

    @Test
    void numberWordsBeforeALabelHeadingItsCell() {
        // Pekao's "Numer rachunku:" over the number.
        PageSketch p = new PageSketch(1)
                .line(40, "UL. DŁUGA 38 M. 5", 300, "Numer rachunku:")
                .line(40, "31-147 KRAKÓW", 300, "61 1090 1014 0000 0712 1981 2874");
        assertThat(account(p)).isEqualTo("****2874");
    }

    @Test
    void aNumberSetBetweenALabelsTwoLanguagesIsItsValue() {
        // Maybank's "NOMBOR AKAUN" over ": 164012-345678" over "ACCOUNT NUMBER", half a line apart.
        PageSketch p = new PageSketch(1)
                .line(40, "47300 PETALING JAYA", 400, "NOMBOR AKAUN")
                .gap(-8).line(500, ": 164012-345678")
                .gap(-8).line(400, "ACCOUNT NUMBER")
                .line(40, "SELANGOR");
        assertThat(account(p)).isEqualTo("****5678");
    }

    @Test
    void aCheckLetterIsPartOfTheNumber() {
        // La Banque Postale's "12 345 67 A 020", Banco do Brasil's "28471-X" (after the account's kind, "corrente").
        assertThat(account(new PageSketch(1).line(40, "Compte Courant Postal n° 12 345 67 A 020", 400, "Solde")))
                .isEqualTo("****A020");
        assertThat(account(new PageSketch(1).line(40, "Agência 3417-2", 120, "Conta corrente 28471-X", 300,
                "MARIANA OLIVEIRA COSTA"))).isEqualTo("****471X");
        // A mask's X stays a mask.
        assertThat(account(new PageSketch(1).line(40, "Account number XXXX-XXXX-1234"))).isEqualTo("****1234");
    }

    @Test
    void aFrenchRibNamesTheAccountAsItsIbanDoes() {
        PageSketch p = new PageSketch(1).line(40,
                "Compte Bancaire 30003 03350 00050412873 26 IBAN FR76 3000 3033 5000 0504 1287 326");
        assertThat(account(p)).isEqualTo("****2873");
    }

    @Test
    void theHebrewWordForAccountLabelsIt() {
        assertThat(account(new PageSketch(1).line(40, "5,879.24", 200, "סניף 612 חשבון 345678"))).isEqualTo("****5678");
    }

    @Test
    void aSpanishCompoundNamingTheAccountsKindLabelsIt() {
        // BancoEstado's "CUENTARUT N°:" beside the holder's RUT (no account's label).
        PageSketch p = new PageSketch(1).line(40, "RUT: 16.482.915-3").line(40, "CUENTARUT N°: 16482915");
        assertThat(account(p)).isEqualTo("****2915");
        assertThat(account(new PageSketch(1).line(40, "Cuentas 20251"))).isNull();
    }

    @Test
    void aDebitCardAndTheAccountsOwnCardsLeaveTheLabelledAccount() {
        // Cash App: the account's debit card heads a section of its own.
        PageSketch cash = new PageSketch(1)
                .line(40, "Latoya D. Freeman", 400, "Account number 811029474417")
                .gap(200).line(40, "Cash Card Visa Debit ending in 9921");
        assertThat(account(cash)).isEqualTo("****4417");
        // Amex's card members, the first card the account's own.
        PageSketch amex = new PageSketch(1)
                .line(300, "Closing Date 06/12/25", 420, "Account Ending 7-51004")
                .line(40, "JOHN A SMITH", 200, "Card Ending 7-51004", 400, "$1,288.36")
                .line(40, "MARY K SMITH", 200, "Card Ending 7-52012", 400, "$2,243.20");
        assertThat(account(amex)).isEqualTo("****1004");
        // A card that is not a debit card and differs from the account leaves it unknown.
        PageSketch other = new PageSketch(1)
                .line(40, "Account number 811029474417").line(40, "Card number 5375 41** **** 8812");
        assertThat(account(other)).isNull();
    }

    @Test
    void aKeyHoldingTheAccountsNumberAgreesWithIt() {
        // Galicia's account number and its CBU, which holds the number without its check digits.
        PageSketch p = new PageSketch(1)
                .line(40, "PEREZ JUAN CARLOS", 400, "N° de cuenta: 4012345-6 001-2")
                .line(40, "AV. CORRIENTES 1234", 400, "CBU: 0070001220000004012345");
        assertThat(account(p)).isEqualTo("****0012");
        // A CBU holding some other number does not.
        PageSketch other = new PageSketch(1)
                .line(400, "N° de cuenta: 4012345-6 001-2").line(400, "CBU: 0070001220000009876543");
        assertThat(account(other)).isNull();
    }

    @Test
    void aCajaDeAhorrosLabelsTheAccountsNumberWhichItsCbuHolds() {
        // Banco de la Nación's "CAJA DE AHORROS EN PESOS N° 0850284713" over its CBU (which ends in a check digit).
        PageSketch bna = new PageSketch(1)
                .line(40, "CAJA DE AHORROS EN PESOS  N° 0850284713")
                .line(40, "Sucursal 0085 - PLAZA DE MAYO   CBU 0110085930008502847139");
        assertThat(account(bna)).isEqualTo("****4713");
        assertThat(account(new PageSketch(1).line(40, "Caja de Ahorro N° 4012345678"))).isEqualTo("****5678");
        // "Caja" alone (a cash desk) labels nothing.
        assertThat(account(new PageSketch(1).line(40, "Caja N° 4012345678"))).isNull();
    }

    @Test
    void aSavingsAccountsKindStandsBetweenTheLabelAndItsNumber() {
        assertThat(account(new PageSketch(1).line(40, "ANDREA PAREDES", 400, "Cuenta de Ahorros: 12004587321")))
                .isEqualTo("****7321");
        // More of the kind's name may follow it, then the number word.
        PageSketch pichincha = new PageSketch(1).line(40, "Cuenta de Ahorros Transaccional No. 2205123456 Moneda: Dólares");
        assertThat(account(pichincha)).isEqualTo("****3456");
    }

    @Test
    void aDashedNumberAfterTheAccountsKindOfMoreDigitsThanADate() {
        assertThat(account(new PageSketch(1).line(40, "HKD Savings", 150, "012-875-1-234567-8"))).isEqualTo("****5678");
        assertThat(account(new PageSketch(1).line(40, "Savings 2024-06-30"))).isNull();
    }
}
