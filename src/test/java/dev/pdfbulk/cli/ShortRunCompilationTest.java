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
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(201, 2 * MB, 2), 2)).isTrue();
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(800, 4 * MB, 2), 2)).isTrue();
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(801, 4 * MB, 2), 2)).isFalse();
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(1_001, 9 * MB, 8), 8)).isTrue();
    }

    @Test
    void aCoreToSpareKeepsC2ForItsFasterCode() {
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(201, 2 * MB, 1), 2)).isFalse();
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(201, 2 * MB, 4), 8)).isFalse();
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(201, 2 * MB, 1), 1)).isTrue();
    }

    @Test
    void workersBeyondTheCoresDoNotRaiseTheLimit() {
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(800, 4 * MB, 8), 2)).isTrue();
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(1_001, 9 * MB, 8), 2)).isFalse();
    }

    @Test
    void aFewVeryLongStatementsAreLongWork() {
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(10, 65 * MB, 2), 2)).isFalse();
        assertThat(ShortRunCompilation.isShort(WorkPlan.of(10, 64 * MB, 2), 2)).isTrue();
    }

    @Test
    void thePropertyForcesEitherWay() {
        WorkPlan small = WorkPlan.of(10, MB, 2);
        WorkPlan large = WorkPlan.of(100_000, 900 * MB, 2);
        assertThat(new ShortRunCompilation("auto", 2).keepsC2Off(small)).isTrue();
        assertThat(new ShortRunCompilation("auto", 2).keepsC2Off(large)).isFalse();
        assertThat(new ShortRunCompilation("ON", 2).keepsC2Off(small)).isFalse();
        assertThat(new ShortRunCompilation("off", 2).keepsC2Off(large)).isTrue();
    }

    @Test
    void aJvmStoppedBelowC2sTierNeedsNoDirective() {
        assertThat(ShortRunCompilation.c2Compiles("true", "1")).isFalse();
        assertThat(ShortRunCompilation.c2Compiles("true", "3")).isFalse();
        assertThat(ShortRunCompilation.c2Compiles("true", "4")).isTrue();
        // Without tiers C2 is the only compiler, whatever the level says; an unreadable level keeps the directive.
        assertThat(ShortRunCompilation.c2Compiles("false", "1")).isTrue();
        assertThat(ShortRunCompilation.c2Compiles("true", "")).isTrue();
    }

    @Test
    void theFlagsAreReadFromTheJvm() {
        // The test JVM runs the default compilers (surefire passes no compiler flag).
        assertThat(ShortRunCompilation.c2Compiles()).isTrue();
    }

    @Test
    void theJvmTakesTheDirective() throws Exception {
        assertThat(ShortRunCompilation.excludeC2Now()).isTrue();
        // Give the test JVM its compilers back.
        ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "compilerDirectivesRemove", new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }
}
