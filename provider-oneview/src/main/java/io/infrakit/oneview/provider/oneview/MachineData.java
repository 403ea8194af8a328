package io.infrakit.oneview.provider.oneview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.Machine;

/**
 * What the engine stores about a machine of the {@code oneview} provider ({@link Machine#data()}). Never a secret:
 * the appliance and the user name identify the session, the password stays in memory.
 *
 * <pre>{"Appliance":"https://ov.example.com","User":"infrakit","ProfileUri":"/rest/server-profiles/...",
 *  "ProfileName":"Docker-5078200716177350816","ServerHardwareUri":"/rest/server-hardware/...",
 *  "ServerName":"Encl1, bay 3","SerialNumber":"SIM0011003","Template":"Docker-Gen8-Template",
 *  "ForceDestroy":false,"OSDeploymentPlan":"InfraKit Linux"}</pre>
 * ({@code OSDeploymentPlan} only when the profile deploys one.)
 *
 * @param appliance         normalised appliance address
 * @param user              the user the profile was made with
 * @param profileUri        the server profile URI
 * @param profileName       the server profile name
 * @param serverHardwareUri the server the profile was applied to
 * @param serverName        that server's name
 * @param serialNumber      that server's serial number
 * @param template          the template's name
 * @param forceDestroy      delete the profile with {@code force=true}
 * @param osDeploymentPlan  the name of the OS deployment plan the profile deployed, or null (none, or not known)
 */
public record MachineData(String appliance, String user, String profileUri, String profileName,
                          String serverHardwareUri, String serverName, String serialNumber, String template,
                          boolean forceDestroy, String osDeploymentPlan) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** @return the appliance and user */
    public ConnectionConfig.ApplianceKey applianceKey() {
        return new ConnectionConfig.ApplianceKey(appliance, user);
    }

    /** @return the JSON stored by the engine */
    public RawJson toJson() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("Appliance", appliance);
        o.put("User", user);
        o.put("ProfileUri", profileUri);
        o.put("ProfileName", profileName);
        o.put("ServerHardwareUri", serverHardwareUri);
        o.put("ServerName", serverName);
        o.put("SerialNumber", serialNumber);
        o.put("Template", template);
        o.put("ForceDestroy", forceDestroy);
        if (osDeploymentPlan != null) {
            o.put("OSDeploymentPlan", osDeploymentPlan);
        }
        try {
            return RawJson.of(MAPPER.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param machine a stored machine
     * @return its data
     * @throws InstancePluginException when the data is not this provider's
     */
    public static MachineData of(Machine machine) {
        JsonNode o;
        try {
            o = MAPPER.readTree(machine.data().json());
        } catch (JsonProcessingException e) {
            o = null;
        }
        if (o == null || !o.isObject() || !o.path("Appliance").isTextual() || !o.path("User").isTextual()
                || !o.path("ProfileUri").isTextual()) {
            throw new InstancePluginException("instance " + machine.instanceId() + " was not made by the oneview "
                    + "provider (its stored data has no Appliance, User and ProfileUri)");
        }
        return new MachineData(o.get("Appliance").asText(), o.get("User").asText(), o.get("ProfileUri").asText(),
                text(o, "ProfileName"), text(o, "ServerHardwareUri"), text(o, "ServerName"), text(o, "SerialNumber"),
                text(o, "Template"), o.path("ForceDestroy").asBoolean(false), text(o, "OSDeploymentPlan"));
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
