-- pdfbulk ledger, schema version 3: statements holding several accounts.
-- A statement that prints several accounts, each in a section of its own (a checking and a savings account, an
-- integrated account's HKD and USD accounts), has one row per section here, numbered from 1 in printed order, and
-- each of its transactions names its section's seq. A statement of one account has no row here and its
-- transactions' section is NULL (so every ledger written before version 3 reads as it did).
-- Money is canonical decimal TEXT, as everywhere; reconciliation is the section's own verdict.
CREATE TABLE statement_sections (
    id                INTEGER PRIMARY KEY,
    file_hash         TEXT    NOT NULL REFERENCES import_logs (file_hash) ON DELETE CASCADE,
    seq               INTEGER NOT NULL CHECK (seq >= 1),
    account           TEXT,
    currency          TEXT,
    opening_balance   TEXT,
    closing_balance   TEXT,
    reconciliation    TEXT    NOT NULL,
    transaction_count INTEGER NOT NULL CHECK (transaction_count >= 0),
    UNIQUE (file_hash, seq)
);

ALTER TABLE transactions ADD COLUMN section INTEGER;
