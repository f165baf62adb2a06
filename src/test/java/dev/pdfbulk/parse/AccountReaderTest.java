package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account is the number a label says is the account's, bounded by its cell, and null when labelled numbers
 * disagree: never a member number, a phone number, a BIC, a card's number on a bank statement or a neighbouring cell.
 */
class AccountReaderTest {

    @Test
    void aMemberNumberIsNoAccountNumber() {
        PageSketch p = new PageSketch(1)
                .line(400, "Member Number 0009337")
                .line(40, "SHARE DRAFT CHECKING", 300, "Account XXXXXX6320");
        assertThat(account(p)).isEqualTo("****6320");
    }

    @Test
    void anIbanEndsAtItsShortLastGroupBeforeTheBic() {
        PageSketch p = new PageSketch(1).line(40, "Girokonto IBAN DE12 3705 0198 0012 3456 78 BIC COLSDE33XXX");
        assertThat(account(p)).isEqualTo("****5678");
    }

    @Test
    void aNumberEndsWithItsCellAndTheBankCodeAfterASlashIsNoPartOfIt() {
        // The address beside the IBAN is another cell; "/0800" is the bank's code.
        PageSketch p = new PageSketch(1)
                .line(40, "Číslo účtu: 1234567890/0800", 400, "Korunní 1208/74")
                .line(40, "IBAN: CZ65 0800 0000 0012 3456 7890", 400, "120 00 Praha 2");
        assertThat(account(p)).isEqualTo("****7890");
    }

    @Test
    void aBranchCodeAloneAfterTheLabelIsFollowedByTheAccountsNumber() {
        // Bendigo's page heading beside its first page's "Account number 158 432 716": the BSB, then the number.
        PageSketch p = new PageSketch(1)
                .line(320, "Account number", 410, "158 432 716")
                .line(40, "Everyday Account", 140, "633-000", 200, "158 432 716", 300, "(continued)");
        assertThat(account(p)).isEqualTo("****2716");
        // A sort code so too; a year after a branch-like code is no account number.
        assertThat(account(new PageSketch(1).line(40, "Current Account", 140, "20-32-06", 200, "43718329")))
                .isEqualTo("****8329");
        assertThat(account(new PageSketch(1).line(40, "Account", 140, "123-456", 200, "2025"))).isEqualTo("****3456");
    }

    @Test
    void aStatementNumberAfterTheWordAccountIsNoAccount() {
        PageSketch p = new PageSketch(1).line(300, "Výpis z účtu č. 6/2025");
        assertThat(account(p)).isNull();
    }

    @Test
    void endingInNamesACardButAYearEndingIsNone() {
        assertThat(account(new PageSketch(1).line(40, "Visa Signature ending in 4821"))).isEqualTo("****4821");
        assertThat(account(new PageSketch(1).line(40, "Tax year ending 2025"))).isNull();
    }

    @Test
    void latvianCroatianSlovenianAndIcelandicLabels() {
        assertThat(account(new PageSketch(1).line(40, "Konts: LV79 RIKO 0002 0100 5518 7"))).isEqualTo("****5187");
        assertThat(account(new PageSketch(1).line(40, "Osebni račun SI79 0201 0025 3847 291   EUR"))).isEqualTo("****7291");
        assertThat(account(new PageSketch(1).line(40, "Tekući račun 3102345678"))).isEqualTo("****5678");
        assertThat(account(new PageSketch(1).line(40, "Reikningur 0111-26-004512   Almennur veltureikningur   ISK")))
                .isEqualTo("****4512");
    }

    @Test
    void argentinasUniformKeysLabelTheAccount() {
        // A payment account's CVU (Mercado Pago's), a bank's CBU: the account's 22-digit key.
        assertThat(account(new PageSketch(1).line(40, "CVU:", 100, "0000003100087423169054"))).isEqualTo("****9054");
        assertThat(account(new PageSketch(1).line(40, "CBU 0170099220000067797370"))).isEqualTo("****7370");
    }

    @Test
    void aMaskedIbanKeepsTheDigitsItShows() {
        assertThat(account(new PageSketch(1).line(40, "Kontonummer DE89****6004"))).isEqualTo("****6004");
    }

    @Test
    void anAmountAfterTheNumberIsNoPartOfIt() {
        PageSketch p = new PageSketch(1).line(40, "Account No. 123-45678-9 13,099.97");
        assertThat(account(p)).isEqualTo("****6789");
    }

    @Test
    void aLabelEndingItsCellTakesTheNextCell() {
        PageSketch p = new PageSketch(1)
                .line(40, "66 CHURCH LANE", 300, "Account number", 450, "10190909")
                .line(40, "OXFORD", 300, "Sort code", 450, "20-19-09");
        assertThat(account(p)).isEqualTo("****0909");
    }

    @Test
    void aWordEndingInCardIsNoCardLabel() {
        PageSketch p = new PageSketch(1)
                .line(40, "ANA PAULA RIBEIRO cartão 5234 XXXX XXXX 1234")
                .line(40, "Central de atendimento Itaucard: 4004 4828 (capitais)");
        assertThat(account(p)).isEqualTo("****1234");
    }

    @Test
    void aCardNumberBesideADifferentAccountNumberLeavesTheAccountUnknown() {
        PageSketch p = new PageSketch(1)
                .line(40, "Картка: 5168 75** **** 3391 Рахунок IBAN: UA21 3052 9900 0002 6208 1234 5678 9");
        assertThat(account(p)).isNull();
    }

    @Test
    void twoDifferentAccountNumbersLeaveTheAccountUnknown() {
        PageSketch p = new PageSketch(1)
                .line(40, "Account number: 1234567890")
                .line(40, "Account number: 5555666677");
        assertThat(account(p)).isNull();
    }

    @Test
    void anAccountNumberAgreesWithTheIbanHoldingIt() {
        PageSketch p = new PageSketch(1)
                .line(40, "Account number: 41827730")
                .line(40, "IBAN: GB37 MONZ 0400 0441 8277 30");
        assertThat(account(p)).isEqualTo("****7730");
    }

    @Test
    void anAccountNamedInASentenceIsNotTheStatements() {
        // A card's statement names the current account its balance is debited from.
        PageSketch p = new PageSketch(1)
                .line(40, "Carta Intesa Sanpaolo Visa Classic", 250, "n. 4532 **** **** 7788")
                .line(40, "Modalità di rimborso: SALDO - importo addebitato sul c/c IT60 X054 2811 1010 0000 0123 456");
        assertThat(account(p)).isEqualTo("****7788");
    }

    @Test
    void aCompoundNamingAKindOfAccountYieldsToALabelledAccount() {
        PageSketch p = new PageSketch(1)
                .line(300, "IBAN: DE89 1001 1001 2623 4567 89")
                .line(40, "Lastschrift Abschlag Strom Vertragskonto 683518");
        assertThat(account(p)).isEqualTo("****6789");
        assertThat(account(new PageSketch(1).line(40, "Privatkonto 8327-9, 914 123 456-7"))).isEqualTo("****4567");
    }

    @Test
    void aCardsNumberOutweighsTheSettlementAccountACompoundNames() {
        // DKB's card statement names the current account its balance is settled from in a sentence at its foot.
        PageSketch p = new PageSketch(1)
                .line(300, "Kartennummer", 420, "4930 **** **** 7316")
                .line(40, "Der Saldo wird am 25.05.2024 mit Ihrem DKB-Girokonto DE12 1203 0000 1020 3344 55 verrechnet.");
        assertThat(account(p)).isEqualTo("****7316");
    }

    @Test
    void labelsInOtherScriptsAndGluedToTheirNumber() {
        assertThat(account(new PageSketch(1).line(40, "계좌번호 : 123456-01-234567", 300, "예금주 : 홍길동")))
                .isEqualTo("****4567");
        assertThat(account(new PageSketch(1).line(40, "户 名：张伟", 300, "账号：6214830112345678")))
                .isEqualTo("****5678");
    }

    @Test
    void labelsJoinedByASlashOneNamingTheAccount() {
        assertThat(account(new PageSketch(1).line(40, "客户名称：王晓明", 220, "卡号/账号：6217 0000 1234 5678")))
                .isEqualTo("****5678");
    }

    @Test
    void aLabelHeadingAGridCellTakesTheNumberUnderIt() {
        PageSketch p = new PageSketch(1)
                .line(50, "CARD NUMBER", 180, "STATEMENT DATE", 300, "CREDIT LIMIT")
                .line(50, "4890-XXXX-XXXX-3321", 180, "15/10/25", 300, "200,000.00");
        assertThat(account(p)).isEqualTo("****3321");
    }

    @Test
    void anUnlabelledIbanAloneInTheAccountBlockIsTheAccount() {
        PageSketch p = new PageSketch(1)
                .line(40, "JORDI MARTÍ CASALS", 330, "CUENTA EXPANSIÓN")
                .line(40, "CARRER DE GRÀCIA 41", 330, "ES69 0081 0200 1000 0123 4567")
                .line(40, "08201 SABADELL", 330, "Divisa: EUR").gap(400)
                .line(40, "Banco de Sabadell, S.A., Avda. Óscar Esplá 37, 03007 Alicante.");
        assertThat(account(p)).isEqualTo("****4567");
    }

    @Test
    void anUnlabelledIbanWithWrongCheckDigitsOrAtThePagesFootIsNoAccount() {
        PageSketch wrongDigits = new PageSketch(1)
                .line(330, "CUENTA EXPANSIÓN").line(330, "ES80 0081 0200 1000 0123 4567").gap(400).line(40, "Footer");
        assertThat(account(wrongDigits)).isNull();
        PageSketch foot = new PageSketch(1)
                .line(330, "Your statement").gap(400).line(40, "Please pay to", 330, "DE89 3704 0044 0532 0130 00");
        assertThat(account(foot)).isNull();
        // A card's statement names the account it is debited from beside a label of its own: not the card's account.
        PageSketch debited = new PageSketch(1)
                .line(40, "Estratto conto", 330, "SIG.RA ELENA MARCHETTI")
                .line(40, "IBAN di addebito", 400, "IT60 X054 2811 1010 0000 0123 456").gap(400).line(40, "Footer");
        assertThat(account(debited)).isNull();
        assertThat(UnlabelledIban.checksumHolds("DE89370400440532013000")).isTrue();
        assertThat(UnlabelledIban.checksumHolds("GB82WEST12345698765432")).isTrue();
        assertThat(UnlabelledIban.checksumHolds("GB83WEST12345698765432")).isFalse();
    }

    @Test
    void aBranchsFourDigitsFoundInsideTheIbanDoNotMakeItTheAccount() {
        // given: Akbank's "Hesap No: 0412 - 0058331", the branch read as the number; "0412" occurs inside the IBAN
        PageSketch p = new PageSketch(1)
                .line(400, "Hesap No: 0412", 480, "- 0058331")
                .line(400, "IBAN: TR33 0004 6004 1288 8000 0583 31");
        assertThat(account(p)).isNotEqualTo("****0412");
    }

    @Test
    void aDashAloneJoinsABranchCodeToItsAccountNumber() {
        // Akbank's "Hesap No: 0412 - 0058331" (branch - account), its IBAN ending in the same digits.
        PageSketch p = new PageSketch(1)
                .line(400, "Hesap No: 0412 - 0058331")
                .line(400, "IBAN: TR33 0004 6004 1288 8000 0583 31");
        assertThat(account(p)).isEqualTo("****8331");
        // A dash before a date or an amount joins nothing to the number.
        assertThat(account(new PageSketch(1).line(40, "Account 12345678 - 01/05/2025"))).isEqualTo("****5678");
        assertThat(account(new PageSketch(1).line(40, "Account 12345678 - 1,234.56"))).isEqualTo("****5678");
    }

    @Test
    void theKindsNameAndItsLastDigitsAfterAnEllipsisNameTheAccount() {
        // Online banking's "Fifth Third Momentum® Checking ...7781" and Capital One's "360 Checking...8833".
        assertThat(account(new PageSketch(1).line(40, "Fifth Third Momentum® Checking ...7781")))
                .isEqualTo("****7781");
        assertThat(account(new PageSketch(1).line(40, "360 Checking...8833"))).isEqualTo("****8833");
        // Two accounts so listed name none; an ellipsis after any other word ("Ref ...4410") names nothing.
        assertThat(account(new PageSketch(1).line(40, "Checking ...7781", 300, "$1,716.39")
                .line(40, "Savings ...2231", 300, "$500.00"))).isNull();
        assertThat(account(new PageSketch(1).line(40, "Ref ...4410"))).isNull();
        // A labelled number wins.
        assertThat(account(new PageSketch(1).line(40, "Account number 12345678").line(40, "Savings ...2231")))
                .isEqualTo("****5678");
    }

    @Test
    void anAccountNumberInsideItsIbanStillAgreesWithIt() {
        PageSketch p = new PageSketch(1)
                .line(400, "N° de compte : 00012345678")
                .line(400, "IBAN : FR76 3000 3012 3400 0123 4567 890");
        assertThat(account(p)).isEqualTo("****5678");
    }

    private static String account(PageSketch p) {
        return MetadataReader.read(Line.of(p.page())).account();
    }
}
