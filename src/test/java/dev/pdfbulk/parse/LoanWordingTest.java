package dev.pdfbulk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pdfbulk.model.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoanWordingTest {

    @Test
    void aLoansHeadingTitlesADebt() {
        assertThat(LoanWording.titles(heading("AUTO LOAN 2022 SUBARU OUTBACK"))).isTrue();
        assertThat(LoanWording.titles(heading("Home Equity Line HELOC"))).isTrue();
        assertThat(LoanWording.titles(heading("Préstamo personal"))).isTrue();
    }

    @Test
    void aDepositNamedAfterTheLoanItServesIsNoDebt() {
        // Money paid into these raises their balance: read as a debt, every row's side would be turned round.
        assertThat(LoanWording.titles(heading("MORTGAGE OFFSET ACCOUNT"))).isFalse();
        assertThat(LoanWording.titles(heading("Home Loan Offset"))).isFalse();
        assertThat(LoanWording.titles(heading("Loan Savings Account"))).isFalse();
        assertThat(LoanWording.titles(heading("Mortgage Deposit Account"))).isFalse();
        assertThat(LoanWording.titles(heading("Checking"))).isFalse();
        assertThat(LoanWording.titles(null)).isFalse();
    }

    private static Line heading(String text) {
        return new Line(1, 100, 8f, List.of(new Word(text, 40, 100, text.length() * 5f, 8, 5f)));
    }
}
