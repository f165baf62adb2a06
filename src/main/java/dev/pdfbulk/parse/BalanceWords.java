package dev.pdfbulk.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The words of balance rows ("Balance brought forward", "Saldo primo", "Neuer Kontostand"), folded, in the languages
 * the vocabulary knows: whether a row's text may name a balance, and whether it is made of balance words only.
 * Stateless and thread-safe.
 */
final class BalanceWords {

    // A short row made only of these words (and dates) names a balance, in whatever order a bank prints them; the
    // words for the side a balance is on ("Debit balance", "Overdrawn balance", "Saldo deudor", "Saldo Soll") are
    // BalanceSide's, so that a side word signs a balance wherever it names one.
    static final Set<String> BALANCE_WORDS = withSideWords(Set.of("balance", "saldo", "solde", "kontostand", "forward",
            "fwd", "b/f", "c/f", "brought", "carried", "opening", "closing", "new", "old", "previous", "alter",
            "neuer", "alt", "neu", "ancien", "nouveau", "report", "reporte", "vortrag", "ubertrag", "per", "at", "as",
            "of", "on", "am", "vom", "zum", "au", "du", "statement", "start", "end", "beginning", "ending", "final",
            "initial", "starting", "last", "this", "account", "your", "to", "from", "page", "seite",
            // The words of forward rows in Portuguese and Italian ("Saldo transportado", "Saldo riportato").
            "transportado", "transportar", "riportato", "riportare",
            // Danish and Norwegian opening and closing rows ("Saldo primo", "Saldo fra kontoutskrift 30.04.2025",
            // "Saldo ultimo", "Saldo i Deres favør 31.05.2025": the balance in the holder's favour; "Saldo pr.
            // 30.04.2025", "pr." their "per").
            "primo", "ultimo", "fra", "til", "i", "deres", "din", "favør", "kontoutskrift", "kontoudskrift", "pr.", "pr"),
            word -> true);
    // A side word that is a balance itself ("Sollsaldo", "Habensaldo", "Debetsaldo") names one as "Saldo" does.
    static final Set<String> BALANCE_NOUNS = withSideWords(Set.of("balance", "saldo", "solde", "kontostand",
            "vortrag", "ubertrag", "report", "b/f", "c/f",
            // The balance brought forward at the top of a Portuguese or Italian page: "TRANSPORTE", "RIPORTO"; the
            // Dutch and Belgian "Transport" carries the page's debit and credit totals over, at its foot and the next
            // page's top.
            "transporte", "riporto", "transport",
            // Hungarian "Áthozat" (brought forward) and "Átvitel" (carried forward), folded.
            "athozat", "atvitel"), word -> word.endsWith("saldo"));
    // Every balance row names one of these.
    private static final String[] BALANCE_STEMS = {"balance", "saldo", "solde", "brought", "carried", "kontostand",
        "ubertrag", "vortrag", "report", "b/f", "c/f", "zustatek", "zostatok", "transport", "riport", "egyenleg", "bakiye",
        "devir", "donem borcu", "sold", "so du", "υπολοιπο", "μεταφορα", "остаток", "салдо", "пренос", "athozat", "atvitel",
        "atlikums", "likutis", "stanje", "стање", "upphafssta", "lokasta", "staða i ", "stada i ", "үлдэгдэл", "qaliq",
        // Albanian "Gjendja", Armenian "Մնացորդ", Uzbek "Qoldiq" and Arabic "رصيد" (the balance),
        "gjendja", "մնացորդ", "qoldiq", "رصيد",
        // Persian "مانده" (the balance) and "نقل " (carried: "نقل به صفحه بعد", "نقل از صفحه قبل").
        "مانده", "نقل ",
        // Belarusian "Астатак" (the balance) and "Перанос" (carried over a page), Tajik "Бақия" (the balance) and
        // "саҳифаи" (of the page: "Ба саҳифаи оянда", "Аз саҳифаи гузашта"), folded.
        "астатак", "перанос", "бақия", "саҳифаи",
        // Kyrgyz "Калдык" (the balance) and "бетке" / "беттен" (to and from a page: "Кийинки бетке", "Мурунку беттен").
        "калдык", "бетке", "беттен",
        // Turkmen "Galyndy" (the balance) and "sahypa" (a page), Faroese "síðu" (a page: "Flutt á næstu síðu").
        "galyndy", "sahypa", "siðu",
        // Swahili "Salio" (the balance) and Hindi "शेष" (the remainder; folded, its vowel sign dropped).
        "salio", Folding.fold("शेष"),
        // Bengali "স্থিতি" (the standing balance) and "পৃষ্ঠা" (a page: "পরবর্তী পৃষ্ঠায় স্থানান্তর"; folded, their
        // vowel signs dropped), Montenegrin "Prenos" (carried: "Prenos na sljedeću stranu").
        Folding.fold("স্থিতি"), Folding.fold("পৃষ্ঠা"), "prenos"};
    private static final int MAX_BALANCE_WORDS = 6;
    // The stems by their first character: every row's text is asked, so it is read once, not once a stem
    // (fifty searches of each row were a twentieth of the parser's time where C1 alone compiles it).
    private static final StemStarts STEMS = new StemStarts(BALANCE_STEMS);

    private BalanceWords() {
    }

    /** Whether the folded text holds a word every balance row holds one of: most rows skip the patterns. */
    static boolean names(String d) {
        return STEMS.in(d);
    }

    /**
     * Whether the folded text is a short row of balance words and dates only, one of them a balance noun; words are
     * separated by white space, colons and commas.
     */
    static boolean only(String d) {
        String[] words = new String[MAX_BALANCE_WORDS];
        int count = 0;
        int start = -1;
        for (int i = 0; i <= d.length(); i++) {
            boolean separator = i == d.length() || isSeparator(d.charAt(i));
            if (!separator && start < 0) {
                start = i;
            } else if (separator && start >= 0) {
                if (count == MAX_BALANCE_WORDS) {
                    return false;
                }
                words[count++] = d.substring(start, i);
                start = -1;
            }
        }
        boolean noun = false;
        for (int k = 0; k < count; k++) {
            String w = words[k];
            if (BALANCE_NOUNS.contains(w)) {
                noun = true;
            } else if (!BALANCE_WORDS.contains(w) && !RegexChars.isDigits(w) && DateParser.parse(w).isEmpty()) {
                return false;
            }
        }
        return noun;
    }

    private static Set<String> withSideWords(Set<String> words, Predicate<String> sideWordsTaken) {
        Set<String> all = new HashSet<>(words);
        for (Set<String> side : List.of(BalanceSide.DEBIT, BalanceSide.CREDIT)) {
            side.stream().filter(sideWordsTaken).forEach(all::add);
        }
        return Set.copyOf(all);
    }

    private static boolean isSeparator(char c) {
        return c == ':' || c == ',' || RegexChars.isSpace(c);
    }
}
