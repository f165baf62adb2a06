package dev.pdfbulk.testing;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The printed words of a statement: column headings, row labels, header and footer lines. */
public enum Vocabulary {
    UK("GBP", """
            date=Date
            post_date=Posted
            reference=Cheque no.
            description=Description
            money_out=Money out
            money_in=Money in
            amount=Amount
            balance=Balance
            opening_row=Balance brought forward
            closing_row=Balance carried forward
            carried_forward=Balance carried forward
            brought_forward=Balance brought forward
            total=Total
            account=Account number
            period=Statement period %s to %s
            currency=Currency
            page=Page %d of %d
            continued=(continued)
            summary_title=Your account summary
            summary_opening=Opening balance
            summary_in=Money in
            summary_out=Money out
            summary_closing=Closing balance
            side_title=Interest summary
            side_date=Date
            side_detail=Details
            side_amount=Amount
            side_row_1=Credit interest at 0.10% AER
            side_row_2=Arranged overdraft interest 39.9% EAR
            footnote=%s plc. Registered in England and Wales No. 0412783. Authorised by the PRA.
            """),
    US("USD", """
            date=Date
            post_date=Posted
            reference=Check No.
            description=Description
            money_out=Withdrawals
            money_in=Deposits
            amount=Amount
            balance=Balance
            opening_row=Beginning balance
            closing_row=Ending balance
            carried_forward=Balance forward
            brought_forward=Balance forward
            total=Totals
            account=Account Number:
            period=Statement Period: %s through %s
            page=Page %d of %d
            continued=continued
            summary_title=Account Summary
            summary_opening=Beginning balance
            summary_in=Deposits and other credits
            summary_out=Withdrawals and other debits
            summary_closing=Ending balance
            side_title=Interest Summary
            side_date=Date
            side_detail=Description
            side_amount=Amount
            side_row_1=Interest paid this period
            side_row_2=Interest paid year-to-date
            footnote=%s, Member FDIC. Equal Housing Lender.
            """),
    DE("EUR", """
            date=Buchungstag
            post_date=Valuta
            reference=Beleg
            description=Verwendungszweck
            money_out=Soll
            money_in=Haben
            amount=Betrag
            balance=Saldo
            opening_row=Alter Kontostand
            closing_row=Neuer Kontostand
            carried_forward=Übertrag
            brought_forward=Übertrag
            total=Summe
            account=Kontonummer
            period=Zeitraum %s - %s
            currency=Währung
            page=Seite %d von %d
            continued=Fortsetzung
            summary_title=Kontoübersicht
            summary_opening=Alter Kontostand
            summary_in=Gutschriften
            summary_out=Belastungen
            summary_closing=Neuer Kontostand
            side_title=Zinsen und Entgelte
            side_date=Datum
            side_detail=Art
            side_amount=Betrag
            side_row_1=Habenzinsen 0,50%
            side_row_2=Kontoführungsentgelt
            footnote=%s AG · Sitz Frankfurt am Main · Amtsgericht HRB 12345
            """),
    FR("EUR", """
            date=Date
            post_date=Valeur
            reference=N° chèque
            description=Libellé
            money_out=Débit
            money_in=Crédit
            amount=Montant
            balance=Solde
            opening_row=Solde précédent
            closing_row=Nouveau solde
            carried_forward=Report
            brought_forward=Report
            total=Total des opérations
            account=Compte n°
            period=Période du %s au %s
            currency=Devise
            page=Page %d / %d
            continued=suite
            summary_title=Synthèse du compte
            summary_opening=Solde précédent
            summary_in=Total crédits
            summary_out=Total débits
            summary_closing=Nouveau solde
            side_title=Récapitulatif des frais
            side_date=Date
            side_detail=Nature
            side_amount=Montant
            side_row_1=Cotisation carte
            side_row_2=Frais de tenue de compte
            footnote=%s SA au capital de 1 250 000 EUR - RCS Paris 552 120 222
            """),
    CARD("GBP", """
            date=Trans date
            post_date=Post date
            reference=Reference
            description=Description
            money_out=Charges
            money_in=Credits
            amount=Amount
            balance=Balance
            opening_row=Previous balance
            closing_row=New balance
            carried_forward=Carried forward
            brought_forward=Brought forward
            total=Total this period
            account=Card number
            period=Statement period %s to %s
            page=Page %d of %d
            continued=continued
            summary_title=Account summary
            summary_opening=Previous balance
            summary_in=Payments and credits
            summary_out=Purchases and charges
            summary_closing=New balance
            minimum=Minimum payment due
            due_date=Payment due date
            side_title=Interest charge calculation
            side_date=Date
            side_detail=Balance type
            side_amount=Interest
            side_row_1=Purchases 24.99% APR
            side_row_2=Cash advances 29.99% APR
            footnote=%s card services. Call 0800 123 4567 if your card is lost or stolen.
            """),
    INTL("EUR", """
            date=Date
            post_date=Value date
            reference=Ref
            description=Details
            money_out=Debit
            money_in=Credit
            amount=Amount
            balance=Balance
            opening_row=Opening balance
            closing_row=Closing balance
            carried_forward=Carried forward
            brought_forward=Brought forward
            total=Total
            account=Account:
            period=Period: %s – %s
            currency=Currency:
            page=Page %d of %d
            continued=continued
            summary_title=Summary
            summary_opening=Opening balance
            summary_in=Total credits
            summary_out=Total debits
            summary_closing=Closing balance
            side_title=Fees summary
            side_date=Date
            side_detail=Fee
            side_amount=Amount
            side_row_1=Monthly account fee
            side_row_2=International transaction fees
            footnote=%s. Please tell us about any error in this statement within 30 days.
            """);

    /** Every printed term; those a vocabulary leaves out are simply not printed. */
    public enum Term {
        DATE, POST_DATE, REFERENCE, DESCRIPTION, MONEY_OUT, MONEY_IN, AMOUNT, BALANCE,
        OPENING_ROW, CLOSING_ROW, CARRIED_FORWARD, BROUGHT_FORWARD, TOTAL,
        ACCOUNT, PERIOD, CURRENCY, PAGE, CONTINUED,
        SUMMARY_TITLE, SUMMARY_OPENING, SUMMARY_IN, SUMMARY_OUT, SUMMARY_CLOSING, MINIMUM, DUE_DATE,
        SIDE_TITLE, SIDE_DATE, SIDE_DETAIL, SIDE_AMOUNT, SIDE_ROW_1, SIDE_ROW_2, FOOTNOTE
    }

    private final String defaultCurrency;
    private final Map<Term, String> terms = new EnumMap<>(Term.class);

    Vocabulary(String defaultCurrency, String lines) {
        this.defaultCurrency = defaultCurrency;
        for (String line : lines.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                terms.put(Term.valueOf(line.substring(0, eq).strip().toUpperCase(Locale.ROOT)),
                        line.substring(eq + 1).strip());
            }
        }
    }

    /** The printed words, or null where this vocabulary prints nothing for the term. */
    public String term(Term term) {
        return terms.get(term);
    }

    public boolean has(Term term) {
        return terms.containsKey(term);
    }

    /** ISO code of the currency statements in this language are usually in. */
    public String defaultCurrency() {
        return defaultCurrency;
    }
}
