package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The currency of a statement that names none (no code, no sign but a bare "$"), proven by the country the page
 * places it in, read outside the transaction table as a careful reader would: a Canadian address (a province's code,
 * then a postal code "A1A 1A1": "TORONTO ON M5J 0B8") is the Canadian dollar, US deposit insurance ("Member FDIC",
 * "Federally insured by NCUA", no other country's) the US dollar, an IBAN of the euro area whose check digits hold
 * ("IBAN FR76 3000 4008 ...") the euro, a British one the pound, and so do a sort code labelled ("Sort code 40-12-77")
 * and a British postcode ("BRISTOL BS8 2QT") together; an Australian address (a state's code and its postcode,
 * "CHATSWOOD NSW 2067") the Australian dollar, a New Zealand account number ("38-9012-0481726-00") the New Zealand
 * dollar, Argentina's CBU or CVU (22 digits) the Argentine peso, Mexico's CLABE (18 digits) the Mexican peso, a
 * Chilean RUT ("RUT: 15.482.337-K") the Chilean peso, a Mexican RFC ("RFC BNM840515VB1") the Mexican peso, an
 * Indian IFS code ("IFS Code : SBIN0001234") the rupee. Never a guess: two countries' proofs, or any other currency's
 * code printed outside the table ("USD" beside a Canadian address: a Canadian's US-dollar account), "US$",
 * "U.S. dollars", "U$S" or "dólares" beside another country's proof, leave it unknown. Stateless.
 */
final class CountryCurrency {

    private static final Set<String> PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE",
            "QC", "SK", "YT");
    // Australia's states and territories, with the first digits of their postcodes.
    private static final Map<String, String> AU_STATES = Map.of("NSW", "12", "ACT", "02", "VIC", "38", "QLD", "49",
            "SA", "5", "WA", "6", "TAS", "7", "NT", "0");
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
        Set<String> proven = new TreeSet<>();
        boolean sortCode = false;
        boolean postcode = false;
        boolean usNamed = false;
        String code = null;
        for (Line line : lines) {
            List<Word> words = line.words();
            for (int i = 0; i < words.size(); i++) {
                String t = words.get(i).text();
                String next = i + 1 < words.size() ? words.get(i + 1).text() : "";
                if (t.length() == 2 && PROVINCES.contains(t)
                        && postalCode(next, i + 2 < words.size() ? words.get(i + 2).text() : "")) {
                    proven.add("CAD");
                } else if ((t.startsWith("FDIC") || t.startsWith("NCUA"))
                        && (t.length() == 4 || !Character.isLetterOrDigit(t.charAt(4)))) {
                    proven.add("USD");
                } else if (t.length() >= 4 && digit(t.charAt(2)) && digit(t.charAt(3))) {
                    String country = t.substring(0, 2);
                    if ((EURO_AREA.contains(country) || country.equals("GB")) && iban(words, i, lastFour)) {
                        proven.add(country.equals("GB") ? "GBP" : "EUR");
                    }
                } else if (t.length() >= 2 && t.length() <= 3 && next.length() == 4 && australianState(t, next)) {
                    proven.add("AUD");
                } else if (t.length() >= 18 && t.length() <= 19 && digit(t.charAt(0)) && t.charAt(2) == '-'
                        && newZealandAccount(t)) {
                    proven.add("NZD");
                } else if ((t.startsWith("CBU") || t.startsWith("CVU")) && (t.length() == 3 || t.length() == 4
                        && t.charAt(3) == ':') && next.length() == 22 && RegexChars.isDigits(next)) {
                    proven.add("ARS");
                } else if (t.startsWith("CLABE") && (t.length() == 5 || t.length() == 6 && t.charAt(5) == ':')
                        && next.length() == 18 && RegexChars.isDigits(next)) {
                    // Mexico's interbank key, 18 digits.
                    proven.add("MXN");
                } else if (t.startsWith("RUT") && (t.length() == 3 || t.length() == 4 && t.charAt(3) == ':')
                        && chileanRut(next)) {
                    proven.add("CLP");
                } else if (t.startsWith("RFC") && (t.length() == 3 || t.length() == 4 && t.charAt(3) == ':')
                        && mexicanRfc(next)) {
                    // Mexico's tax number, which every Mexican bank prints (its own, its customer's).
                    proven.add("MXN");
                } else if (t.startsWith("IFS") && indianIfsc(words, i)) {
                    // India's branch code, which every Indian bank prints beside the account.
                    proven.add("INR");
                }
                if (t.equalsIgnoreCase("sortcode") || t.equalsIgnoreCase("sort")
                        && next.regionMatches(true, 0, "code", 0, 4)) {
                    sortCode |= sortCodeDigits(words);
                } else if (t.length() >= 2 && t.length() <= 4 && next.length() == 3 && digit(next.charAt(0))) {
                    postcode |= outwardCode(t) && capital(next.charAt(1)) && capital(next.charAt(2));
                }
                String core = core(t);
                if (core.length() == 3 && CODES.contains(core)) {
                    if (code != null && !code.equals(core)) {
                        return null;
                    }
                    code = core;
                }
                usNamed |= t.contains("US$") || t.contains("U$S") || (t.equals("U.S.") || t.equals("US"))
                        && next.regionMatches(true, 0, "dollar", 0, 6) || dollarWord(core);
            }
        }
        if (sortCode && postcode) {
            proven.add("GBP");
        }
        if (proven.size() != 1) {
            return null;
        }
        String currency = proven.iterator().next();
        // The US dollar named beside another country's proof: an account in dollars held there.
        boolean contradicted = code != null && !code.equals(currency) || usNamed && !currency.equals("USD");
        return contradicted ? null : currency;
    }

    // "NSW 2067", "VIC 3121": a state's code, then a postcode of four digits starting as that state's do (so "SA 2025"
    // after a company's name is none).
    private static boolean australianState(String state, String postcode) {
        String starts = AU_STATES.get(state);
        return starts != null && RegexChars.isDigits(postcode) && starts.indexOf(postcode.charAt(0)) >= 0;
    }

    // "38-9012-0481726-00": bank, branch, account and suffix of 2, 4, 7 and 2 or 3 digits, New Zealand's alone.
    private static boolean newZealandAccount(String t) {
        String[] parts = t.split("-", -1);
        return parts.length == 4 && parts[0].length() == 2 && parts[1].length() == 4 && parts[2].length() == 7
                && parts[3].length() >= 2 && parts[3].length() <= 3 && RegexChars.isDigits(parts[0])
                && RegexChars.isDigits(parts[1]) && RegexChars.isDigits(parts[2]) && RegexChars.isDigits(parts[3]);
    }

    // Mexico's tax number, "BNM840515VB1" (a company's) or "HERJ850312AB4" (a person's): three or four letters, the
    // date of incorporation or birth as YYMMDD, three letters or digits.
    private static boolean mexicanRfc(String t) {
        int letters = t.length() - 9;
        if (letters < 3 || letters > 4) {
            return false;
        }
        for (int i = 0; i < letters; i++) {
            char c = t.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == 'Ñ' || c == '&')) {
                return false;
            }
        }
        String date = t.substring(letters, letters + 6);
        if (!RegexChars.isDigits(date)) {
            return false;
        }
        int month = Integer.parseInt(date.substring(2, 4));
        int day = Integer.parseInt(date.substring(4, 6));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31
                && RegexChars.isDigitsOrCapitals(t.substring(letters + 6));
    }

    // "IFSC : HDFC0000240", "IFS Code : SBIN0001234", "IFSC Code: ICIC0000045": India's IFS code labelled, four
    // letters (the bank), a zero, six letters or digits (the branch); a BIC has its country's letters where the zero is.
    private static boolean indianIfsc(List<Word> words, int label) {
        String t = words.get(label).text();
        if (!(t.equals("IFS") || t.equals("IFSC") || t.equals("IFSC:"))) {
            return false;
        }
        for (int k = label + 1; k < words.size() && k <= label + 3; k++) {
            String w = words.get(k).text();
            if (w.length() == 11 && w.charAt(4) == '0' && RegexChars.isDigitsOrCapitals(w)
                    && capital(w.charAt(0)) && capital(w.charAt(1)) && capital(w.charAt(2)) && capital(w.charAt(3))) {
                return true;
            }
            if (!(w.equals(":") || w.equals("Code") || w.equals("Code:") || w.equals("CODE"))) {
                return false;
            }
        }
        return false;
    }

    // Chile's tax number as Chile prints it, "15.482.337-K": groups of three digits joined by dots, a check digit
    // or K after a dash (Uruguay's RUT is twelve digits alone).
    private static boolean chileanRut(String t) {
        int dash = t.length() - 2;
        if (t.length() < 11 || t.length() > 12 || t.charAt(dash) != '-' || t.charAt(dash - 4) != '.'
                || t.charAt(dash - 8) != '.') {
            return false;
        }
        char check = t.charAt(dash + 1);
        return (digit(check) || check == 'K') && RegexChars.isDigits(t.substring(0, dash - 8))
                && RegexChars.isDigits(t.substring(dash - 7, dash - 4))
                && RegexChars.isDigits(t.substring(dash - 3, dash));
    }

    // "dólares", "Dolares", "DÓLAR": the US dollar as Spanish names it.
    private static boolean dollarWord(String core) {
        return core.length() >= 5 && core.length() <= 7 && (core.regionMatches(true, 0, "dólar", 0, 5)
                || core.regionMatches(true, 0, "dolar", 0, 5));
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

    // A sort code on the labelled line: "40-12-77".
    private static boolean sortCodeDigits(List<Word> words) {
        for (Word w : words) {
            String t = w.text();
            if (t.length() == 8 && t.charAt(2) == '-' && t.charAt(5) == '-' && digit(t.charAt(0)) && digit(t.charAt(1))
                    && digit(t.charAt(3)) && digit(t.charAt(4)) && digit(t.charAt(6)) && digit(t.charAt(7))) {
                return true;
            }
        }
        return false;
    }

    // A British postcode's first half: one or two letters, a digit, then maybe a letter or digit ("BS8", "SW1A",
    // "M1").
    private static boolean outwardCode(String t) {
        int letters = capital(t.charAt(0)) ? capital(t.charAt(1)) ? 2 : 1 : 0;
        if (letters == 0 || letters >= t.length() || !digit(t.charAt(letters))) {
            return false;
        }
        int rest = t.length() - letters - 1;
        return rest == 0 || rest == 1 && (digit(t.charAt(t.length() - 1)) || capital(t.charAt(t.length() - 1)));
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
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
            if (!RegexChars.isDigitsOrCapitals(t)) {
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
