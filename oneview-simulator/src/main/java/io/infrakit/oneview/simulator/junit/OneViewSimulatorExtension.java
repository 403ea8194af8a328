package io.infrakit.oneview.simulator.junit;

import io.infrakit.oneview.simulator.ManualClock;
import io.infrakit.oneview.simulator.OneViewSimulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A JUnit 5 extension that starts a {@link OneViewSimulator} on a fresh {@link ManualClock} and stops it afterwards.
 *
 * <p>Registered on a {@code static} field (or with {@code @ExtendWith}) it runs one simulator for the whole test
 * class; registered on an instance field, one per test method. Test and lifecycle methods can take a
 * {@link OneViewSimulator} or a {@link ManualClock} parameter.
 *
 * <pre>{@code
 * class MyTest {
 *     @RegisterExtension
 *     final OneViewSimulatorExtension ov = new OneViewSimulatorExtension(b -> b.plainHttp().maxPageSize(10));
 *
 *     @Test
 *     void something(OneViewSimulator sim, ManualClock clock) {
 *         // sim is running; clock.advance(sim.taskDuration()) completes tasks
 *     }
 * }
 * }</pre>
 *
 * <p>This class needs {@code junit-jupiter-api} on the class path (an optional dependency of the simulator); the
 * rest of the simulator does not.
 */
public final class OneViewSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final UnaryOperator<OneViewSimulator.Builder> customizer;
    private ManualClock clock;
    private OneViewSimulator simulator;
    private boolean perClass;

    /** A simulator with the builder's defaults (HTTPS, default inventory) on a manual clock. */
    public OneViewSimulatorExtension() {
        this(UnaryOperator.identity());
    }

    /**
     * @param customizer adjusts the builder (it already carries the extension's {@link ManualClock}; setting another
     *                   clock replaces it)
     */
    public OneViewSimulatorExtension(UnaryOperator<OneViewSimulator.Builder> customizer) {
        this.customizer = Objects.requireNonNull(customizer, "customizer");
    }

    /**
     * @return the running simulator
     * @throws IllegalStateException outside a test
     */
    public OneViewSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the OneView simulator runs only during tests");
        }
        return simulator;
    }

    /**
     * @return the manual clock of the running simulator
     * @throws IllegalStateException outside a test
     */
    public ManualClock clock() {
        simulator();
        return clock;
    }

    private void start() {
        clock = new ManualClock();
        simulator = customizer.apply(OneViewSimulator.builder().clock(clock)).start();
    }

    private void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
        perClass = false;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == OneViewSimulator.class || type == ManualClock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == OneViewSimulator.class ? simulator() : clock();
    }
}
