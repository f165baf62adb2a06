package dev.pdfbulk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One statement line that moved money, from the account holder's point of view: money out is
 * negative, money in positive.
 *
 * @param date        transaction date (the first date column where two are printed)
 * @param description full description, wrapped lines joined with one space
 * @param amount      signed amount, never null
 * @param balance     running balance as printed, or null where the statement prints none
 * @param page        1-based page the row starts on
 */
public record Transaction(LocalDate date, String description, BigDecimal amount, BigDecimal balance, int page) {
    public Transaction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
    }
}
