package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MarkerTest {

    @ParameterizedTest(name = "[{0}] dated={1} -> {2}")
    @CsvSource(nullValues = "none", value = {
        "Opening balance,                  false, BALANCE",
        "SOLD ANTERIOR,                    false, BALANCE",
        "SOLD FINAL ZI,                    false, BALANCE",
        "SALDO DO DIA,                     true,  BALANCE",
        "Saldo del día,                    true,  BALANCE",
        "RULAJ ZI,                         false, TOTAL",
        "RULAJ TOTAL CONT,                 false, TOTAL",
        "Rulaj zi,                         true,  TOTAL",
        "BALANCE BROUGHT FORWARD,          true,  BALANCE",
        "Balance b/f,                      false, BALANCE",
        "Saldo vom 01.02.2024,             false, BALANCE",
        "Solde précédent,                  false, BALANCE",
        "SOLDE DEPART AU 31/07/2025,       false, BALANCE",
        "Solde de départ,                  false, BALANCE",
        "Saldo der letzten Abrechnung,     false, BALANCE",
        "Saldo aus vorheriger Abrechnung,  false, BALANCE",
        "à reporter,                       false, BALANCE",
        "Balance: 12,                      false, BALANCE",
        "01.02.2024 balance,               false, BALANCE",
        "Reporter fees,                    true,  none",
        "Total,                            false, TOTAL",
        "Sum,                              false, TOTAL",
        "SUM:,                             true,  TOTAL",
        "SUMUP *COFFEE,                    true,  none",
        "Sum Kee restaurant,               true,  none",
        "Saldo i Deres favør 31.05.2025,   false, BALANCE",
        "Balance in your favour,           false, BALANCE",
        "Saldo zu Ihren Gunsten,           false, BALANCE",
        "Solde en votre faveur,            false, BALANCE",
        "In your favour flowers,           true,  none",
        "Montant net débité le 05/05/2025 sur votre compte n° 0001234, false, TOTAL",
        "Net amount debited from your account, false, TOTAL",
        "TOTAL WINE & MORE STORE 12,       true,  none",
        "Subtotal fees,                    true,  TOTAL",
        "PAGE TOTAL,                       false, TOTAL",
        "PAGE TOTAL,                       true,  TOTAL",
        "STATEMENT TOTAL,                  false, TOTAL",
        "Grand total,                      false, TOTAL",
        "Sub-total,                        false, TOTAL",
        "Sub total,                        false, TOTAL",
        "Totals this page,                 false, TOTAL",
        "Total carried forward,            false, TOTAL",
        "Summe,                            false, TOTAL",
        "Seitensumme,                      false, TOTAL",
        "Summe der Umsätze,                false, TOTAL",
        "Total des opérations,             false, TOTAL",
        "Sous-total,                       false, TOTAL",
        "Montant total,                    false, TOTAL",
        "Totales,                          false, TOTAL",
        "Suma y sigue,                     false, TOTAL",
        "Importe total,                    false, TOTAL",
        "Totaal,                           false, TOTAL",
        "Umsatztotal,                      false, TOTAL",
        "Buchungstotal 9'857.38,           false, TOTAL",
        "Umsatzsumme,                      false, TOTAL",
        "Gesamtumsatz,                     false, TOTAL",
        "Totalumsatz,                      false, none",
        "TOTALENERGIES FUEL,               true,  none",
        "TOTALENERGIES FUEL,               false, none",
        "STATION TOTAL,                    true,  none",
        "Page total fees for the month,    true,  none",
        "CARRIED FORWARD,                  false, BALANCE",
        "Suma de control,                  true,  none",
        "Continued on next page,           false, FURNITURE",
        "Page 2,                           false, FURNITURE",
        "*** CONTINUED ON NEXT PAGE ***,   false, FURNITURE",
        "--- Page 2 of 3 ---,              false, FURNITURE",
        "(Fortsetzung),                    false, FURNITURE",
        "— suite au verso —,               false, FURNITURE",
        "**** End of Statement ****,       false, FURNITURE",
        "--- End of transactions ---,      false, FURNITURE",
        "No activity this statement period, false, FURNITURE",
        "There were no transactions this period, false, FURNITURE",
        "Keine Umsätze im Abrechnungszeitraum, false, FURNITURE",
        "NO ACTIVITY FEE REFUND,           true,  none",
        "END OF SEASON SALE,               false, none",
        "*** CONTINUED ON NEXT PAGE ***,   true,  none",
        "*** THANK YOU ***,                false, none",
        "Page 2,                           true,  none",
        "Coffee shop,                      true,  none",
        "Beginsaldo,                       false, BALANCE",
        "Eindsaldo per 31-05-2025,         false, BALANCE",
        "Vorig saldo,                      false, BALANCE",
        "Saldo iniziale,                   true,  BALANCE",
        "Saldo początkowe,                 false, BALANCE",
        "Saldo końcowe,                    true,  BALANCE",
        "Počáteční zůstatek,               false, BALANCE",
        "Konečný zůstatek,                 false, BALANCE",
        "Ingående saldo,                   false, BALANCE",
        "Utgående saldo 2025-05-31,        false, BALANCE",
        "A TRANSPORTAR,                    false, BALANCE",
        "TRANSPORTE,                       false, BALANCE",
        "SALDO A TRANSPORTAR,              false, BALANCE",
        "SALDO TRANSPORTADO,               false, BALANCE",
        "TRANSPORTE PUBLICO METRO,         true,  none",
        "TRANSPORTES URBANOS,              true,  none",
        "A riportare,                      false, BALANCE",
        "Riporto,                          false, BALANCE",
        "Saldo riportato,                  false, BALANCE",
        "Nuevo saldo,                      false, BALANCE",
        "Beginning Cash Balance,           false, BALANCE",
        "Ending Cash Balance,              false, BALANCE",
        "Closing ledger balance,           false, BALANCE",
        "Ending Daily Balance,             false, none",
    })
    void marksBalanceTotalAndFurnitureRows(String description, boolean dated, Marker expected) {
        assertThat(Marker.of(description, dated)).isEqualTo(expected);
    }

    @Test
    void everyWordThatSignsABalanceNamesABalanceRow() {
        // One vocabulary: a side word BalanceSide signs a balance by is a balance word here too.
        for (String side : sideWords()) {
            assertThat(Marker.of("Saldo " + side, false)).as("Saldo %s", side).isEqualTo(Marker.BALANCE);
            assertThat(Marker.of(side + " balance 31/05", false)).as("%s balance", side).isEqualTo(Marker.BALANCE);
        }
    }

    static List<String> sideWords() {
        List<String> words = new ArrayList<>(BalanceSide.DEBIT);
        words.addAll(BalanceSide.CREDIT);
        return words;
    }

    @Test
    void matchesThePatternDefinitionOnRandomText() {
        String[] pieces = {"balance", "Balance", "saldo", "solde", "brought", "carried", "forward", "fwd", "b/f",
            "c/f", "opening", "closing", "report", "reporter", "à", "A", "créditeur", "CREDITEUR", "Übertrag",
            "vortrag", "kontostand", "am", "vom", "new",
            "total", "subtotal", "page", "continued", "statement", "grand", "sub", "-", "summe", "seitensumme",
            "totaal", "totales", "totalenergies", "sum", "summa", "summary", "umsatztotal", "gesamtumsatz", "suma", "y", "sigue", "montant",
            "transporte", "transportar", "riporto", "a", "12", "2", "jan", "01.02.2024", "coffee", "&", " ", " ", ":",
            ",", "  ", "\t", "of", "as", "at", "statement", "...", "(", "sold", "SOLD", "anterior", "final", "rulaj",
            "zi", "cont", "sum", "summa", "net", "amount", "in", "your", "favour", "zu", "ihren", "gunsten"};
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

    // The definition the hand-written checks replaced, on Marker's own patterns and word sets: find() on
    // every row, words split by regexes.
    private static Marker byPatterns(String description, boolean dated) {
        String d = Folding.fold(description.strip());
        if (Marker.BALANCE_ROW.matcher(d).find() || onlyBalanceWords(BalanceSide.withoutFavour(d))) {
            return Marker.BALANCE;
        }
        if (Marker.TOTAL_ROW.matcher(d).find() && (!dated || Marker.SPACES.split(d).length <= 3)) {
            return Marker.TOTAL;
        }
        if (!dated && Marker.SUM_ROW.matcher(d).find()) {
            return Marker.TOTAL;
        }
        if (!dated && Marker.FURNITURE_ROW.matcher(d).find()) {
            return Marker.FURNITURE;
        }
        return null;
    }

    private static boolean onlyBalanceWords(String d) {
        String[] words = Marker.SPACES.split(d.replaceAll("[:,]", " ").trim());
        if (words.length > 6) {
            return false;
        }
        boolean noun = false;
        for (String w : words) {
            if (BalanceWords.BALANCE_NOUNS.contains(w)) {
                noun = true;
            } else if (!BalanceWords.BALANCE_WORDS.contains(w) && DateParser.parse(w).isEmpty() && !w.matches("\\d+")) {
                return false;
            }
        }
        return noun;
    }
}
