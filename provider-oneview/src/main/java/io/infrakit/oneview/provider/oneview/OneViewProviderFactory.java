package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.ClientListener;
import io.infrakit.oneview.spi.provider.DoctorCheck;
import io.infrakit.oneview.spi.provider.DoctorGroup;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.InstanceProviderFactory;
import io.infrakit.oneview.spi.provider.ProviderContext;
import io.infrakit.oneview.spi.provider.ProviderDoctor;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code oneview} provider's factory, registered in
 * {@code META-INF/services/io.infrakit.oneview.spi.provider.InstanceProviderFactory}. Settings: see
 * {@link ProviderSettings}. Creating the provider reads the password and credentials files named by the settings;
 * it does not contact any appliance.
 */
public final class OneViewProviderFactory implements InstanceProviderFactory, ProviderDoctor {

    /** The provider's name. */
    public static final String NAME = "oneview";

    /** Needed by {@link java.util.ServiceLoader}. */
    public OneViewProviderFactory() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "each instance is an HPE OneView server with a server profile made from a template";
    }

    /**
     * Whether the plugin-wide configuration names an appliance: the setting {@value ProviderSettings#ADDRESS} (or an
     * {@code address} in the setting {@value ProviderSettings#CREDENTIALS_FILE}) or {@code $OV_ADDRESS}. The CLI can
     * start the embedded simulator when it does not (groups may still name one in their properties).
     *
     * @param context the plugin's context
     * @return true when a default appliance address is configured
     * @throws io.infrakit.oneview.spi.InstancePluginException when the settings are not usable
     */
    public static boolean hasDefaultAppliance(ProviderContext context) {
        return context.env("OV_ADDRESS").isPresent() || ProviderSettings.from(context).defaults().address() != null;
    }

    /**
     * The provider's {@code doctor} checks: the appliance (reachable, TLS, API versions, login, read privileges), then
     * each group's template, free servers and OS deployment plan; nothing is written to the appliance.
     */
    @Override
    public void diagnose(ProviderContext context, List<DoctorGroup> groups, Consumer<DoctorCheck> report) {
        OneViewDoctor.diagnose(context, groups, report);
    }

    @Override
    public InstanceProvider create(ProviderContext context) {
        return create(context, ClientListener.NONE);
    }

    /**
     * Creates the provider with a listener on every OneView session it opens: how a host (the plugin binary) gets
     * the appliance's requests, logins and tasks into its metrics without this module depending on a metrics
     * library.
     *
     * @param context  the plugin's context
     * @param listener observes every exchange, login and awaited task
     * @return the provider
     */
    public InstanceProvider create(ProviderContext context, ClientListener listener) {
        return new OneViewInstanceProvider(ProviderSettings.from(context), context.environment(), Clock.systemUTC(),
                listener);
    }
}
