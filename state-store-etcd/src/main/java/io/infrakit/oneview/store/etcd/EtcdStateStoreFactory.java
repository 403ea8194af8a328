package io.infrakit.oneview.store.etcd;

import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStoreFactory;
import io.infrakit.oneview.store.StoreLocation;

/**
 * The {@code etcd:} store, registered in {@code META-INF/services/io.infrakit.oneview.store.StateStoreFactory}:
 * {@code etcd://HOST:PORT[,HOST:PORT...]/PREFIX[?OPTIONS]} ({@link EtcdLocation} lists the options).
 */
public final class EtcdStateStoreFactory implements StateStoreFactory {

    /** Needed by {@link java.util.ServiceLoader}. */
    public EtcdStateStoreFactory() {
    }

    @Override
    public String scheme() {
        return "etcd";
    }

    @Override
    public String description() {
        return "etcd://HOST:PORT[,HOST:PORT...]/PREFIX[?tls=true&ca=..&cert=..&key=..&user=..&password-file=..]: "
                + "etcd v3, shared by plugin replicas on several nodes";
    }

    @Override
    public StateStore open(StoreLocation location) {
        return EtcdStateStore.open(EtcdLocation.parse(location));
    }
}
