/**
 * The {@code oneview} provider: an InfraKit instance is an HPE OneView server with a server profile made from a
 * server profile template. Entry points: {@link io.infrakit.oneview.provider.oneview.OneViewProviderFactory} (found
 * through {@link java.util.ServiceLoader}) and {@link io.infrakit.oneview.provider.oneview.OneViewInstanceProvider}.
 * Configuration: {@link io.infrakit.oneview.provider.oneview.InstanceProperties} (per group) and
 * {@link io.infrakit.oneview.provider.oneview.ProviderSettings} (per plugin). See {@code docs/oneview-provider.md}.
 */
package io.infrakit.oneview.provider.oneview;
