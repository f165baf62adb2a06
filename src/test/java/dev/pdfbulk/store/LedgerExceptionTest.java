package dev.pdfbulk.store;

import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerExceptionTest {

    private static boolean fatal(SQLiteErrorCode code) {
        return LedgerException.of("writing", new SQLiteException("x", code)).fatal();
    }

    @Test
    void databaseWideErrorsAreFatal() {
        assertThat(fatal(SQLiteErrorCode.SQLITE_FULL)).isTrue();
        assertThat(fatal(SQLiteErrorCode.SQLITE_READONLY)).isTrue();
        assertThat(fatal(SQLiteErrorCode.SQLITE_IOERR_WRITE)).isTrue();
        assertThat(fatal(SQLiteErrorCode.SQLITE_CORRUPT)).isTrue();
        assertThat(fatal(SQLiteErrorCode.SQLITE_CANTOPEN)).isTrue();
        assertThat(fatal(SQLiteErrorCode.SQLITE_NOTADB)).isTrue();
        assertThat(fatal(SQLiteErrorCode.SQLITE_BUSY)).isTrue();
        assertThat(fatal(SQLiteErrorCode.SQLITE_LOCKED)).isTrue();
        assertThat(LedgerException.of("writing", new SQLException("database connection closed")).fatal()).isTrue();
    }

    @Test
    void perRowErrorsAreNot() {
        assertThat(fatal(SQLiteErrorCode.SQLITE_CONSTRAINT)).isFalse();
        assertThat(fatal(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE)).isFalse();
        assertThat(fatal(SQLiteErrorCode.SQLITE_CONSTRAINT_TRIGGER)).isFalse();
        assertThat(fatal(SQLiteErrorCode.SQLITE_TOOBIG)).isFalse();
        assertThat(LedgerException.of("writing", new ArithmeticException("too many decimals")).fatal()).isFalse();
    }

    @Test
    void messageIsOneLine() {
        LedgerException e = LedgerException.of("recording success of abc", new SQLException("disk\nfull  now"));
        assertThat(e.getMessage()).isEqualTo("recording success of abc: disk full now");
    }
}
