-- pdfbulk ledger, schema version 1. Applied once by SchemaMigrator, which then sets PRAGMA user_version = 1.
-- Statements are split on ';' at the end of a line: no trigger bodies or ';' inside literals here.
-- Money is never REAL: canonical decimal TEXT (BigDecimal.toPlainString), plus integer minor units for sums.
-- Instants are ISO-8601 UTC text with milliseconds (2024-03-01T09:30:00.000Z); dates are yyyy-MM-dd.

-- One row per distinct file (by content hash): the outcome of its latest import.
CREATE TABLE import_logs (
    id                INTEGER PRIMARY KEY,
    file_hash         TEXT    NOT NULL UNIQUE CHECK (length(file_hash) = 64),
    file_name         TEXT    NOT NULL,
    source_path       TEXT    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('in_progress', 'success', 'failed')),
    failure_reason    TEXT    CHECK ((status = 'failed') = (failure_reason IS NOT NULL)),
    transaction_count INTEGER NOT NULL DEFAULT 0,
    page_count        INTEGER NOT NULL DEFAULT 0,
    reconciliation    TEXT,
    account           TEXT,
    currency          TEXT,
    period_start      TEXT,
    period_end        TEXT,
    opening_balance   TEXT,
    closing_balance   TEXT,
    started_at        TEXT    NOT NULL,
    finished_at       TEXT,
    duration_ms       INTEGER,
    csv_path          TEXT,
    error             TEXT,
    attempts          INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX import_logs_status ON import_logs (status);

-- The transactions of every successfully imported file, in statement order (seq 1, 2, 3, ...).
-- amount_minor is amount in the currency's minor units (cents; yen for JPY; 2 decimals when the currency is unknown).
CREATE TABLE transactions (
    id           INTEGER PRIMARY KEY,
    file_hash    TEXT    NOT NULL REFERENCES import_logs (file_hash) ON DELETE CASCADE,
    seq          INTEGER NOT NULL CHECK (seq >= 1),
    date         TEXT    NOT NULL,
    description  TEXT    NOT NULL,
    amount       TEXT    NOT NULL,
    amount_minor INTEGER NOT NULL,
    balance      TEXT,
    page         INTEGER NOT NULL,
    UNIQUE (file_hash, seq)
);

CREATE INDEX transactions_date ON transactions (date);
