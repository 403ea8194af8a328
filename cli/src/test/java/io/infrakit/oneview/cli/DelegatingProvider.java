package io.infrakit.oneview.cli;

import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.spi.provider.Recovery;
import io.infrakit.oneview.spi.provider.UnfinishedProvision;
import java.util.List;
import java.util.Map;

/** A provider that passes every call to another, for tests that change one call. */
class DelegatingProvider implements InstanceProvider {

    private final InstanceProvider delegate;

    DelegatingProvider(InstanceProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public void validate(RawJson properties) {
        delegate.validate(properties);
    }

    @Override
    public Machine provision(ProvisionRequest request) {
        return delegate.provision(request);
    }

    @Override
    public void destroy(Machine machine, DestroyContext context) {
        delegate.destroy(machine, context);
    }

    @Override
    public Map<String, MachineStatus> health(List<Machine> machines) {
        return delegate.health(machines);
    }

    @Override
    public List<Recovery> recover(List<UnfinishedProvision> unfinished) {
        return delegate.recover(unfinished);
    }

    @Override
    public Spec redact(Spec spec) {
        return delegate.redact(spec);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
