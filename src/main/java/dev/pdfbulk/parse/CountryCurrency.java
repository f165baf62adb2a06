package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Set;

/**
 * The currency of a statement that names none (no code, no sign but a bare "$"), proven by the country the page
 * places it in, read outside the transaction table as a careful reader would: a Canadian address (a province's code,
 * then a postal code "A1A 1A1": "TORONTO ON M5J 0B8") is the Canadian dollar, US deposit insurance ("Member FDIC",
 * "Federally insured by NCUA", no other country's) the US dollar, an IBAN of the euro area whose check digits hold
 * ("IBAN FR76 3000 4008 ...") the euro. Never a guess: two countries' proofs, or any other currency's code printed
 * outside the table ("USD" beside a Canadian address: a Canadian's US-dollar account), "US$" or "U.S. dollars" beside
 * a Canadian address, leave it unknown. Stateless.
 */
final class CountryCurrency {

    private static final Set<String> PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE",
            "QC", "SK", "YT");
    // ISO 13616 countries whose money is the euro: the euro area, and the states using it by agreement.
    private static final Set<String> EURO_AREA = Set.of("AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PT", "SK", "SI", "ES", "AD", "MC", "SM", "VA");
    // Codes that, printed outside the table, say the statement's money may be another than the country's.
    private static final Set<String> CODES = Set.of("USD", "CAD", "EUR", "GBP", "AUD", "NZD", "CHF", "JPY", "MXN",
            "ARS", "CLP", "COP", "BRL", "HKD", "SGD", "CNY", "INR", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON",
            "ZAR", "TWD", "UYU", "DOP", "JMD", "TTD", "BSD", "BBD", "BMD", "KYD", "XCD");

    private CountryCurrency() {
    }

    /**
     * The one currency the country the lines place the statement in proves, or null; {@code account} is the
     * statement's account as read (masked to its last four digits), or null.
     */
    static String of(List<Line> lines, String account) {
        String lastFour = account == null || account.length() < 4 ? null : account.substring(account.length() - 4);
        boolean canada = false;
        boolean insured = false;
        boolean euro = false;
        boolean british = false;
        boolean usNamed = false;
        String code = null;
        for (Line line : lines) {
            List<Word> words = line.words();
            for (int i = 0; i < words.size(); i++) {
                String t = words.get(i).text();
                String next = i + 1 < words.size() ? words.get(i + 1).text() : "";
                if (t.length() == 2 && PROVINCES.contains(t)) {
                    canada |= postalCode(next, i + 2 < words.size() ? words.get(i + 2).text() : "");
                } else if (t.startsWith("FDIC") || t.startsWith("NCUA")) {
                    insured |= t.length() == 4 || !Character.isLetterOrDigit(t.charAt(4));
                } else if (t.length() >= 4 && digit(t.charAt(2)) && digit(t.charAt(3))) {
                    String country = t.substring(0, 2);
                    if (EURO_AREA.contains(country)) {
                        euro |= iban(words, i, lastFour);
                    } else if (country.equals("GB")) {
                        british |= iban(words, i, lastFour);
                    }
                }
                String core = core(t);
                if (core.length() == 3 && CODES.contains(core)) {
                    if (code != null && !code.equals(core)) {
                        return null;
                    }
                    code = core;
                }
                usNamed |= t.contains("US$") || (t.equals("U.S.") || t.equals("US"))
                        && next.regionMatches(true, 0, "dollar", 0, 6);
            }
        }
        if ((canada ? 1 : 0) + (insured ? 1 : 0) + (euro ? 1 : 0) + (british ? 1 : 0) != 1) {
            return null;
        }
        String proven = canada ? "CAD" : insured ? "USD" : euro ? "EUR" : "GBP";
        boolean contradicted = code != null && !code.equals(proven) || canada && usNamed;
        return contradicted ? null : proven;
    }

    // "M5J 0B8" (or "M5J0B8"): letter, digit, letter, then digit, letter, digit; no D, F, I, O, Q, U, W or Z first.
    private static boolean postalCode(String first, String second) {
        if (first.length() == 6) {
            return postalCode(first.substring(0, 3), first.substring(3));
        }
        String end = core(second);
        return first.length() == 3 && end.length() == 3 && half(first, true) && half(end, false)
                && "DFIOQUWZ".indexOf(first.charAt(0)) < 0;
    }

    private static boolean half(String s, boolean letterFirst) {
        for (int i = 0; i < 3; i++) {
            char c = s.charAt(i);
            boolean letter = (i % 2 == 0) == letterFirst;
            if (letter ? c < 'A' || c > 'Z' : !digit(c)) {
                return false;
            }
        }
        return true;
    }

    // An IBAN starting at words[from], its groups joined while they hold only capitals and digits up to its country's
    // length, whose check digits hold or that holds the statement's account's last four digits (the account's own).
    private static boolean iban(List<Word> words, int from, String lastFour) {
        StringBuilder compact = new StringBuilder();
        for (int i = from; i < words.size(); i++) {
            String t = words.get(i).text();
            if (!capitalsAndDigits(t)) {
                break;
            }
            compact.append(t);
            int length = IbanLengths.of(compact.toString());
            if (compact.length() == length) {
                return UnlabelledIban.checksumHolds(compact) || lastFour != null && compact.indexOf(lastFour) >= 4;
            }
            if (compact.length() > length) {
                return false;
            }
        }
        return false;
    }

    private static boolean capitalsAndDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || digit(c))) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    // The word without the punctuation around it: "(CAD)" reads "CAD".
    private static String core(String t) {
        int from = 0;
        int to = t.length();
        while (from < to && !Character.isLetterOrDigit(t.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(t.charAt(to - 1))) {
            to--;
        }
        return t.substring(from, to);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
