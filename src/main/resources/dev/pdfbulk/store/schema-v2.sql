-- pdfbulk ledger, schema version 2: no index on transactions.date.
-- Keeping it up cost more than half of the ledger writer's time (about 1.1 ms of 2.1 ms a file of 88
-- rows, measured; dates land all over the index), while a date query scans a million rows in well
-- under a second without it. Add it back with the statement below if you query large ledgers by date.
--   CREATE INDEX IF NOT EXISTS transactions_date ON transactions (date);
DROP INDEX IF EXISTS transactions_date;
