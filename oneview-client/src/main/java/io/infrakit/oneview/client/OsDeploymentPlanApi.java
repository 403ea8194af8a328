package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.OsDeploymentPlan;

/**
 * OS deployment plans ({@code /rest/os-deployment-plans}), read only: the Image Streamer deployment plans a server
 * profile can deploy on HPE Synergy. The appliance serves them from API version
 * {@value #MINIMUM_API_VERSION} (OneView 3.00); with an older negotiated version every call throws
 * {@link io.infrakit.oneview.client.error.UnsupportedApiVersionException} before sending anything. Appliances
 * without Image Streamer (C7000, rack servers) have none.
 *
 * <ul>
 *   <li>{@link #list}, {@link #stream}: {@code GET /rest/os-deployment-plans/?...} (with the trailing slash the HPE
 *       SDKs send), e.g. filtered with {@code Filter.eq("deploymentType", "I3S")};</li>
 *   <li>{@link #get}: {@code GET /rest/os-deployment-plans/{id}} by URI or id;</li>
 *   <li>{@link #findByName}: {@code GET /rest/os-deployment-plans/?filter="name='...'"}, re-checked exactly.</li>
 * </ul>
 */
public interface OsDeploymentPlanApi extends CollectionApi<OsDeploymentPlan> {

    /** The first API version serving OS deployment plans. */
    int MINIMUM_API_VERSION = 300;
}
