package dev.pdfbulk.cli;

import dev.pdfbulk.ingest.WorkPlan;
import org.junit.jupiter.api.Test;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ShortRunCompilationTest {

    private static final long MB = 1L << 20;

    @Test
    void aFewHundredStatementsPerCoreAreAShortRun() {
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(201, 2 * MB, 1), 2)).isTrue();
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(400, 2 * MB, 1), 2)).isTrue();
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(401, 2 * MB, 1), 2)).isFalse();
    }

    @Test
    void theLimitGrowsWithTheCoresInUseNotWithWorkersBeyondThem() {
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(800, 4 * MB, 2), 2)).isTrue();
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(1_001, 9 * MB, 2), 2)).isFalse();
        // Eight workers on two cores still have two cores' worth of time to earn C2 back.
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(1_001, 9 * MB, 8), 2)).isFalse();
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(1_001, 9 * MB, 8), 8)).isTrue();
    }

    @Test
    void aFewVeryLongStatementsAreLongWork() {
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(10, 33 * MB, 1), 2)).isFalse();
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(10, 32 * MB, 1), 2)).isTrue();
    }

    @Test
    void thePropertyForcesEitherWay() {
        WorkPlan small = WorkPlan.of(10, MB, 1);
        WorkPlan large = WorkPlan.of(100_000, 900 * MB, 1);
        assertThat(new ShortRunCompilation("auto", 2).keepsC2Off(small)).isTrue();
        assertThat(new ShortRunCompilation("auto", 2).keepsC2Off(large)).isFalse();
        assertThat(new ShortRunCompilation("ON", 2).keepsC2Off(small)).isFalse();
        assertThat(new ShortRunCompilation("off", 2).keepsC2Off(large)).isTrue();
    }

    @Test
    void theJvmTakesTheDirective() throws Exception {
        assertThat(ShortRunCompilation.excludeC2Now()).isTrue();
        // Give the test JVM its compilers back.
        ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "compilerDirectivesRemove", new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }
}
