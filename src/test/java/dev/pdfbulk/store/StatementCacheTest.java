package dev.pdfbulk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;

import static org.assertj.core.api.Assertions.assertThat;

class StatementCacheTest {

    @TempDir
    Path dir;

    @Test
    void preparesEachStatementOnceAndClosesThemAll() throws Exception {
        try (Connection connection = SqliteConnector.openWriter(dir.resolve("cache.db"))) {
            PreparedStatement first;
            PreparedStatement other;
            try (StatementCache cache = new StatementCache(connection)) {
                // when
                first = cache.get("SELECT 1");
                other = cache.get("SELECT 2");

                // then
                assertThat(cache.get("SELECT 1")).isSameAs(first);
                assertThat(other).isNotSameAs(first);
                assertThat(cache.connection()).isSameAs(connection);
            }
            assertThat(first.isClosed()).isTrue();
            assertThat(other.isClosed()).isTrue();
            assertThat(connection.isClosed()).isFalse();
        }
    }
}
