package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MarkerTest {

    @ParameterizedTest(name = "[{0}] dated={1} -> {2}")
    @CsvSource(nullValues = "none", value = {
        "Opening balance,                  false, BALANCE",
        "BALANCE BROUGHT FORWARD,          true,  BALANCE",
        "Balance b/f,                      false, BALANCE",
        "Saldo vom 01.02.2024,             false, BALANCE",
        "Solde précédent,                  false, BALANCE",
        "à reporter,                       false, BALANCE",
        "Balance: 12,                      false, BALANCE",
        "01.02.2024 balance,               false, BALANCE",
        "Reporter fees,                    true,  none",
        "Total,                            false, TOTAL",
        "TOTAL WINE & MORE STORE 12,       true,  none",
        "Subtotal fees,                    true,  TOTAL",
        "Continued on next page,           false, FURNITURE",
        "Page 2,                           false, FURNITURE",
        "Page 2,                           true,  none",
        "Coffee shop,                      true,  none",
    })
    void marksBalanceTotalAndFurnitureRows(String description, boolean dated, Marker expected) {
        assertThat(Marker.of(description, dated)).isEqualTo(expected);
    }

    @Test
    void matchesThePatternDefinitionOnRandomText() {
        String[] pieces = {"balance", "Balance", "saldo", "solde", "brought", "carried", "forward", "fwd", "b/f",
            "c/f", "opening", "closing", "report", "reporter", "à", "vortrag", "kontostand", "am", "vom", "new",
            "total", "subtotal", "page", "continued", "12", "2", "jan", "01.02.2024", "coffee", "&", " ", " ", ":",
            ",", "  ", "\t", "of", "as", "at", "statement", "...", "("};
        Random random = new Random(5);
        int marked = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = RandomPhrases.of(random, pieces, 1, 8);
            boolean dated = random.nextBoolean();
            Marker expected = byPatterns(text, dated);
            assertThat(Marker.of(text, dated)).as("[%s] dated=%s", text, dated).isEqualTo(expected);
            if (expected != null) {
                marked++;
            }
        }
        assertThat(marked).isGreaterThan(5_000);
    }

    // The definition the hand-written checks replaced: find() on anchored patterns, words split by regexes.
    private static final Pattern BALANCE_ROW = Pattern.compile(
            "^(?:(?:balance|saldo|solde) ?(?:brought|carried) ?(?:forward|fwd|down|over)|(?:brought|carried) "
                    + "?(?:forward|fwd|over)|balance ?[bc]/[fd]|balance forward|(?:opening|closing|beginning|ending|"
                    + "previous|new|starting|start|end|final|initial|last statement|statement) balance|"
                    + "balance (?:at|as (?:at|of)|on) |balance (?:from|to) (?:previous|next) |"
                    + "(?:alter|neuer|anfangs|end|schluss)[ -]?saldo|saldo(?:vortrag| ?alt| ?neu| per| zum| vom)|"
                    + "(?:alter|neuer|alte|neue|aktueller) kontostand|kontostand (?:am|vom|per|alt|neu)|übertrag|"
                    + "vortrag|(?:ancien|nouveau) solde|solde (?:précédent|initial|final|au|reporté|à reporter|"
                    + "créditeur|débiteur)|report\\b|à reporter|saldo (?:anterior|inicial|final))");
    private static final Set<String> BALANCE_WORDS = Set.of("balance", "saldo", "solde", "kontostand", "forward",
            "fwd", "b/f", "c/f", "brought", "carried", "opening", "closing", "new", "old", "previous", "alter",
            "neuer", "alt", "neu", "ancien", "nouveau", "report", "reporté", "vortrag", "übertrag", "per", "at", "as",
            "of", "on", "am", "vom", "zum", "au", "du", "statement", "start", "end", "beginning", "ending", "final",
            "initial", "starting", "last", "this", "account", "your", "to", "from", "page", "seite");
    private static final Set<String> BALANCE_NOUNS = Set.of("balance", "saldo", "solde", "kontostand", "vortrag",
            "übertrag", "report", "b/f", "c/f");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TOTAL_ROW = Pattern.compile(
            "^(?:sub-?totals?|totals?|summe|zwischensumme|gesamt|total des|totaux|sous-total)\\b");
    private static final Pattern FURNITURE_ROW = Pattern.compile(
            "^(?:\\(?continued|continues|fortsetzung|suite|page \\d+|seite \\d+|\\.\\.\\.)");

    private static Marker byPatterns(String description, boolean dated) {
        String d = description.strip().toLowerCase(Locale.ROOT);
        if (BALANCE_ROW.matcher(d).find() || onlyBalanceWords(d)) {
            return Marker.BALANCE;
        }
        if (TOTAL_ROW.matcher(d).find() && (!dated || SPACES.split(d).length <= 3)) {
            return Marker.TOTAL;
        }
        if (!dated && FURNITURE_ROW.matcher(d).find()) {
            return Marker.FURNITURE;
        }
        return null;
    }

    private static boolean onlyBalanceWords(String d) {
        String[] words = SPACES.split(d.replaceAll("[:,]", " ").trim());
        if (words.length > 6) {
            return false;
        }
        boolean noun = false;
        for (String w : words) {
            if (BALANCE_NOUNS.contains(w)) {
                noun = true;
            } else if (!BALANCE_WORDS.contains(w) && DateParser.parse(w).isEmpty() && !w.matches("\\d+")) {
                return false;
            }
        }
        return noun;
    }
}
