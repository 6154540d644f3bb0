package org.ddworkbench.report.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecureRandomBitsTest {

    @Test
    void productionRandomnessIsASecureRandomThatNoCallerCanSeed() {
        Constructor<?>[] constructors = SecureRandomBits.class.getConstructors();
        assertThat(constructors).hasSize(1);
        assertThat(constructors[0].getParameterCount()).isZero();
        assertThat(Arrays.stream(SecureRandomBits.class.getDeclaredFields()).filter(f -> !f.isSynthetic()))
                .singleElement()
                .satisfies(f -> assertThat(f.getType()).isEqualTo(SecureRandom.class))
                .satisfies(f -> assertThat(Modifier.isPrivate(f.getModifiers()) && Modifier.isFinal(f.getModifiers())).isTrue());
        for (Method m : SecureRandomBits.class.getMethods()) {
            assertThat(m.getName()).as("no seeding method").doesNotContainIgnoringCase("seed");
        }
    }

    @Test
    void twoInstancesDrawDifferentBits() {
        SecureRandomBits a = new SecureRandomBits();
        SecureRandomBits b = new SecureRandomBits();
        long[] fromA = {a.nextLong(), a.nextLong(), a.nextLong()};
        long[] fromB = {b.nextLong(), b.nextLong(), b.nextLong()};

        assertThat(fromA).isNotEqualTo(fromB);
        assertThat(a.algorithm()).isNotBlank();
    }

    @Test
    void theSecureFactoriesGiveEachMechanismItsOwnSecureSource() throws ReflectiveOperationException {
        Object first = source(DiscreteLaplace.withSecureRandomness());
        Object second = source(DiscreteLaplace.withSecureRandomness());

        assertThat(first).isInstanceOf(SecureRandomBits.class).isNotSameAs(second);
        assertThat(source(Laplace.withSecureRandomness())).isInstanceOf(SecureRandomBits.class);
    }

    @Test
    void uniformDrawsNeverReturnZeroOrExceedOne() {
        RandomBits extremes = new RandomBits() {
            private int call;

            @Override
            public long nextLong() {
                return call++ % 2 == 0 ? 0L : -1L; // all-zero and all-one bit patterns
            }
        };
        assertThat(extremes.nextUniformOpenAtZero()).isEqualTo(0x1.0p-53);
        assertThat(extremes.nextUniformOpenAtZero()).isEqualTo(1.0);
    }

    private static Object source(Object mechanism) throws ReflectiveOperationException {
        Field field = mechanism.getClass().getDeclaredField("random");
        field.setAccessible(true);
        return field.get(mechanism);
    }
}
