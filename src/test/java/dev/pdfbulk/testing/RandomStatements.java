package dev.pdfbulk.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Realistic random statements from a seed: the same seed always gives the same statement, and every
 * statement reconciles. With four or more transactions each one has a description holding a foreign
 * amount, a description long enough to wrap, an amount over a thousand and non-ASCII text.
 */
public final class RandomStatements {

    private static final List<String> BANKS = List.of("Harbour Bank", "Northgate Savings", "Bank Alpenrot",
            "Crédit Lumière", "First Prairie Bank");
    private static final List<String> ISSUERS = List.of("Meridian Card Services", "Harbour Bank Credit Card",
            "Alpenrot Kreditkarte");
    private static final List<String> HOLDERS = List.of("Mr J Smith", "Ms A Patel", "Dr K Weber", "Mme C Dubois");
    private static final List<String> PURCHASES = List.of("TESCO STORES %d LONDON", "CARD PAYMENT TO PRET A MANGER",
            "UBER *TRIP HELP.UBER.COM", "REWE Markt GmbH Köln", "Café de Flore Paris", "Boulangerie Légère",
            "STARBUCKS STORE %d", "SHELL %d PETROL", "AMAZON MKTPLACE PMTS", "NETFLIX.COM", "Bäckerei Müller",
            "DB Vertrieb GmbH Straßenbahn", "SPOTIFY P%d", "MCDONALDS %d");
    private static final List<String> ACCENTED = List.of("Bäckerei Müller", "Café de Flore Paris",
            "Boulangerie Légère", "Fußball Zubehör GmbH");
    private static final List<String> BILLS = List.of("DIRECT DEBIT BRITISH GAS", "DD THAMES WATER", "VODAFONE LTD",
            "COUNCIL TAX %d", "Stadtwerke München Strom", "EDF Energie prélèvement", "INSURANCE PREMIUM AVIVA");
    private static final List<String> RENTS = List.of("STANDING ORDER RENT FLAT %d", "Miete Wohnung %d",
            "Loyer appartement %d");
    private static final List<String> INCOME = List.of("SALARY ACME LTD", "Gehalt Muster GmbH",
            "Virement salaire SARL Dupont", "PAYROLL DEPOSIT GLOBEX");
    private static final List<String> REFUNDS = List.of("REFUND AMAZON.CO.UK", "Rückerstattung Zalando",
            "REMBOURSEMENT SNCF");
    private static final List<String> FOREIGN = List.of("AMAZON.DE EUR %s @ %s", "HOTEL LUTETIA PARIS EUR %s @ %s",
            "UBER USD %s EXCH RATE %s");
    private static final List<String> LONG = List.of(
            "STANDING ORDER TO J SMITH REF HOLIDAY COTTAGE DEPOSIT AUGUST PAYMENT 2 OF 3 INVOICE %d",
            "SEPA-Lastschrift Stadtwerke Musterstadt Abschlag Strom und Gas Kundennummer %d Mandatsreferenz M-0815",
            "PRLV SEPA Mutuelle Générale de Santé cotisation mensuelle contrat numéro %d échéance");

    private record Drawn(String description, BigDecimal amount) {
    }

    private enum Kind { PURCHASE, ACCENTED, BILL, RENT, INCOME, REFUND, FOREIGN, LONG, CHEQUE, PAYMENT }

    private RandomStatements() {
    }

    /** A month's statement (calendar month or 15th to 14th) somewhere in 2024–2025. */
    public static StatementSpec spec(long seed, Layout layout, int transactions) {
        Random random = new Random(seed);
        YearMonth month = YearMonth.of(2024 + random.nextInt(2), 1 + random.nextInt(12));
        LocalDate start = random.nextBoolean() ? month.atDay(1) : month.atDay(15);
        return spec(random, layout, transactions, start, start.plusMonths(1).minusDays(1));
    }

    /** A statement running from 15 December 2025 to 14 January 2026, for short dates without a year. */
    public static StatementSpec yearEnd(long seed, Layout layout, int transactions) {
        return spec(seed, layout, transactions, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 14));
    }

    public static StatementSpec spec(long seed, Layout layout, int transactions, LocalDate start, LocalDate end) {
        return spec(new Random(seed), layout, transactions, start, end);
    }

    /** One of {@link Layouts#all()} with margins, font size and spacing shifted a little. */
    public static Layout layout(long seed) {
        Random random = new Random(seed);
        List<Layout> all = Layouts.all();
        Layout base = all.get(random.nextInt(all.size()));
        return base.toBuilder().name(base.name() + "-" + seed).geometry(base.geometry().jitter(random)).build();
    }

    private static StatementSpec spec(Random r, Layout layout, int n, LocalDate start, LocalDate end) {
        boolean card = layout.amounts() == Layout.AmountColumns.OWED;
        BigDecimal opening = card ? money(r, 0, 2500) : money(r, -300, 4000);
        StatementSpec.Builder b = StatementSpec.builder(layout).bank(pick(r, card ? ISSUERS : BANKS))
                .holder(pick(r, HOLDERS), (1 + r.nextInt(98)) + " " + pick(r, List.of("High Street", "Hauptstraße",
                        "Rue de la Paix", "Maple Avenue")), pick(r, List.of("Anytown AB1 2CD", "10115 Berlin",
                        "75002 Paris", "Springfield IL 62704")))
                .account(mask(r, card)).period(start, end).openingBalance(opening);
        long days = end.toEpochDay() - start.toEpochDay();
        long[] offsets = new long[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = (long) (r.nextDouble() * (days + 1));
        }
        Arrays.sort(offsets);
        for (int i = 0; i < n; i++) {
            Kind kind = kind(r, i, n, card, layout.reference() != Layout.RefColumn.NONE);
            LocalDate date = start.plusDays(offsets[i]);
            LocalDate post = layout.postDateColumn() ? min(date.plusDays(r.nextInt(3)), end) : null;
            String reference = kind == Kind.CHEQUE ? String.valueOf(100_000 + r.nextInt(900_000)) : null;
            Drawn drawn = describe(r, kind, opening);
            b.add(date, post, reference, drawn.description(), drawn.amount());
        }
        return b.build();
    }

    // Four rows spread over the statement carry the guaranteed features; the rest are drawn by weight.
    private static Kind kind(Random r, int i, int n, boolean card, boolean cheques) {
        Kind[] guaranteed = {Kind.FOREIGN, Kind.LONG, card ? Kind.PAYMENT : Kind.INCOME, Kind.ACCENTED};
        for (int k = 0; n >= 4 && k < guaranteed.length; k++) {
            if (i == (k + 1) * n / 5) {
                return guaranteed[k];
            }
        }
        int roll = r.nextInt(100);
        if (cheques && (roll < 15 || i == n / 10)) {
            return Kind.CHEQUE;
        }
        if (card) {
            return roll < 85 ? Kind.PURCHASE : roll < 95 ? Kind.FOREIGN : Kind.REFUND;
        }
        return roll < 58 ? Kind.PURCHASE : roll < 78 ? Kind.BILL : roll < 81 ? Kind.RENT : roll < 84 ? Kind.INCOME
                : roll < 90 ? Kind.REFUND : Kind.FOREIGN;
    }

    private static Drawn describe(Random r, Kind kind, BigDecimal opening) {
        return switch (kind) {
            case PURCHASE -> new Drawn(fill(r, pick(r, PURCHASES)), money(r, -120, -2.5));
            case ACCENTED -> new Drawn(pick(r, ACCENTED), money(r, -60, -3));
            case BILL -> new Drawn(fill(r, pick(r, BILLS)), money(r, -400, -25));
            case RENT -> new Drawn(fill(r, pick(r, RENTS)), money(r, -1650, -850));
            case INCOME -> new Drawn(pick(r, INCOME), money(r, 1800, 4200));
            case REFUND -> new Drawn(pick(r, REFUNDS), money(r, 5, 80));
            case LONG -> new Drawn(fill(r, pick(r, LONG)), money(r, -300, -10));
            case CHEQUE -> new Drawn("CHEQUE", money(r, -900, -20));
            case PAYMENT -> new Drawn("PAYMENT RECEIVED - THANK YOU", opening
                    .multiply(BigDecimal.valueOf(0.5 + r.nextDouble() / 2)).setScale(2, RoundingMode.HALF_UP)
                    .max(new BigDecimal("1000.00")));
            case FOREIGN -> {
                BigDecimal foreign = money(r, 10, 200);
                BigDecimal rate = BigDecimal.valueOf(0.8 + r.nextDouble() * 0.6).setScale(4, RoundingMode.HALF_UP);
                String text = String.format(pick(r, FOREIGN), foreign.toPlainString(), rate.toPlainString());
                yield new Drawn(text, foreign.divide(rate, 2, RoundingMode.HALF_UP).negate());
            }
        };
    }

    private static String mask(Random r, boolean card) {
        String last = String.format("%04d", r.nextInt(10_000));
        return card ? "XXXX-XXXX-XXXX-" + last : pick(r, List.of("****", "XXXXXX", "DE89****")) + last;
    }

    private static BigDecimal money(Random r, double from, double to) {
        BigDecimal value = BigDecimal.valueOf(from + r.nextDouble() * (to - from)).setScale(2, RoundingMode.HALF_UP);
        return value.signum() == 0 ? new BigDecimal("0.01") : value;
    }

    private static String fill(Random r, String template) {
        return template.contains("%d") ? String.format(template, 1000 + r.nextInt(9000)) : template;
    }

    private static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
