package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** Read-only catalog: server profile templates, server hardware types, enclosure groups. Internal. */
final class CatalogEndpoints implements Endpoints {

    private final Appliance appliance;

    CatalogEndpoints(Appliance appliance) {
        this.appliance = appliance;
    }

    @Override
    public void register(Router router) {
        router.add("GET", "/rest/server-profile-templates", true, this::listTemplates)
                .add("GET", "/rest/server-profile-templates/{id}", true, this::getTemplate)
                .add("GET", "/rest/server-profile-templates/{id}/new-profile", true, this::newProfile)
                .add("GET", "/rest/server-hardware-types", true, this::listTypes)
                .add("GET", "/rest/server-hardware-types/{id}", true, this::getType)
                .add("GET", "/rest/enclosure-groups", true, this::listGroups)
                .add("GET", "/rest/enclosure-groups/{id}", true, this::getGroup);
    }

    private ApiResponse listTemplates(RequestContext context) throws ApiException {
        List<ObjectNode> all = new ArrayList<>();
        appliance.templates.forEach(t -> all.add(t.render(context.apiVersion())));
        return Responses.collection(appliance, context, all, ApiTypes.serverProfileTemplateList(context.apiVersion()),
                "server-profile-templates");
    }

    private Template template(RequestContext context) throws ApiException {
        Template t = appliance.templateByUri("/rest/server-profile-templates/" + context.id());
        if (t == null) {
            throw ApiException.notFound("/rest/server-profile-templates/" + context.id());
        }
        return t;
    }

    private ApiResponse getTemplate(RequestContext context) throws ApiException {
        return Responses.single(context, template(context).render(context.apiVersion()));
    }

    private ApiResponse newProfile(RequestContext context) throws ApiException {
        return ApiResponse.ok(template(context).newProfile(context.apiVersion()));
    }

    private ApiResponse listTypes(RequestContext context) throws ApiException {
        List<ObjectNode> all = new ArrayList<>();
        appliance.hardwareTypes.forEach(t -> all.add(t.render(context.apiVersion())));
        return Responses.collection(appliance, context, all, "server-hardware-type-list", "server-hardware-types");
    }

    private ApiResponse getType(RequestContext context) throws ApiException {
        HardwareType t = appliance.typeByUri("/rest/server-hardware-types/" + context.id());
        if (t == null) {
            throw ApiException.notFound("/rest/server-hardware-types/" + context.id());
        }
        return Responses.single(context, t.render(context.apiVersion()));
    }

    private ApiResponse listGroups(RequestContext context) throws ApiException {
        List<ObjectNode> all = new ArrayList<>();
        appliance.enclosureGroups.forEach(g -> all.add(g.render(context.apiVersion())));
        return Responses.collection(appliance, context, all, "EnclosureGroupCollection", "enclosure-groups");
    }

    private ApiResponse getGroup(RequestContext context) throws ApiException {
        EnclosureGroup g = appliance.groupByUri("/rest/enclosure-groups/" + context.id());
        if (g == null) {
            throw ApiException.notFound("/rest/enclosure-groups/" + context.id());
        }
        return Responses.single(context, g.render(context.apiVersion()));
    }
}
