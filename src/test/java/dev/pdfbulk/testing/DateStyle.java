package dev.pdfbulk.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a statement prints a date. Month names are English in every style. */
public enum DateStyle {
    ISO("yyyy-MM-dd"),
    DMY_SLASH("dd/MM/yyyy"),
    MDY_SLASH("MM/dd/yyyy"),
    DMY_DOT("dd.MM.yyyy"),
    D_MON_Y("dd MMM yyyy"),
    /** Long US form, only sensible for the period line: {@code December 1, 2025}. */
    LONG_US("MMMM d, yyyy"),
    D_MON("dd MMM"),
    MON_D("MMM dd"),
    MD_SLASH("MM/dd"),
    DM_SLASH("dd/MM");

    private final String pattern;
    private final DateTimeFormatter formatter;

    DateStyle(String pattern) {
        this.pattern = pattern;
        this.formatter = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    public String format(LocalDate date) {
        return formatter.format(date);
    }

    public String pattern() {
        return pattern;
    }

    /** False for the short forms whose year must come from the printed statement period. */
    public boolean hasYear() {
        return pattern.contains("y");
    }
}
