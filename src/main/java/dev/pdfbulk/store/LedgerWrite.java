package dev.pdfbulk.store;

/**
 * One file's write to the ledger, checked when it was made and run later by the writer thread, alone or
 * in a group commit.
 *
 * @param action what it does, for error messages ({@code "recording success of 3fa4…"})
 * @param work   the SQL, run inside an open transaction
 */
record LedgerWrite(String action, WriteTransaction.Work<?> work) {
}
