package io.infrakit.oneview.provider.file;

import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.InstanceProviderFactory;
import io.infrakit.oneview.spi.provider.ProviderContext;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The {@code file} provider's factory, registered in
 * {@code META-INF/services/io.infrakit.oneview.spi.provider.InstanceProviderFactory}.
 *
 * <p>The instance folder is the setting {@value #DIR_SETTING} ({@code --dir}), else the environment variable
 * {@value #DIR_ENV} (as InfraKit's own file plugin), else {@code <homeDir>/instance-file}.
 */
public final class FileInstanceProviderFactory implements InstanceProviderFactory {

    /** The provider's name. */
    public static final String NAME = "file";
    /** The setting naming the instance folder. */
    public static final String DIR_SETTING = "dir";
    /** The environment variable naming the instance folder when the setting is absent. */
    public static final String DIR_ENV = "INFRAKIT_INSTANCE_FILE_DIR";

    /** Needed by {@link java.util.ServiceLoader}. */
    public FileInstanceProviderFactory() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "each instance is a file in a folder (--dir); deleting the file is the machine failing";
    }

    @Override
    public InstanceProvider create(ProviderContext context) {
        return new FileInstanceProvider(directory(context));
    }

    /**
     * @param context the plugin's settings and environment
     * @return the instance folder this context selects
     * @throws InstancePluginException when the setting or the variable is not a path
     */
    public static Path directory(ProviderContext context) {
        String dir = context.setting(DIR_SETTING).filter(s -> !s.isEmpty()).orElse(null);
        String source = "--" + DIR_SETTING;
        if (dir == null) {
            dir = context.env(DIR_ENV).orElse(null);
            source = "$" + DIR_ENV;
        }
        if (dir == null) {
            return context.homeDir().resolve("instance-file");
        }
        try {
            return Path.of(dir);
        } catch (InvalidPathException e) {
            throw new InstancePluginException("the instance folder " + source + " '" + dir + "' is not a valid path: "
                    + e.getReason());
        }
    }
}
