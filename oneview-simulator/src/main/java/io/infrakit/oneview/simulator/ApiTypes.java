package io.infrakit.oneview.simulator;

/**
 * The {@code type} strings of resources per API version. Internal.
 */
final class ApiTypes {

    private ApiTypes() {
    }

    static String serverProfile(int api) {
        if (api >= 1600) {
            return "ServerProfileV12";
        } else if (api >= 1200) {
            return "ServerProfileV11";
        } else if (api >= 1000) {
            return "ServerProfileV10";
        } else if (api >= 800) {
            return "ServerProfileV9";
        } else if (api >= 600) {
            return "ServerProfileV8";
        } else if (api >= 500) {
            return "ServerProfileV7";
        } else if (api >= 300) {
            return "ServerProfileV6";
        } else if (api >= 200) {
            return "ServerProfileV5";
        }
        return "ServerProfileV4";
    }

    static String serverProfileTemplate(int api) {
        if (api >= 1600) {
            return "ServerProfileTemplateV8";
        } else if (api >= 1200) {
            return "ServerProfileTemplateV7";
        } else if (api >= 1000) {
            return "ServerProfileTemplateV6";
        } else if (api >= 800) {
            return "ServerProfileTemplateV5";
        } else if (api >= 600) {
            return "ServerProfileTemplateV4";
        } else if (api >= 500) {
            return "ServerProfileTemplateV3";
        } else if (api >= 300) {
            return "ServerProfileTemplateV2";
        }
        return "ServerProfileTemplateV1";
    }

    static String serverProfileList(int api) {
        return serverProfile(api).replace("ServerProfile", "ServerProfileList");
    }

    static String serverProfileTemplateList(int api) {
        return serverProfileTemplate(api).replace("ServerProfileTemplate", "ServerProfileTemplateList");
    }

    static String serverHardware(int api) {
        return api >= 300 ? "server-hardware-5" : "server-hardware-3";
    }

    static String serverHardwareList(int api) {
        return api >= 300 ? "server-hardware-list-5" : "server-hardware-list-3";
    }

    static String serverHardwareType(int api) {
        return api >= 300 ? "server-hardware-type-5" : "server-hardware-type-4";
    }

    static String enclosureGroup(int api) {
        return api >= 600 ? "EnclosureGroupV7" : api >= 300 ? "EnclosureGroupV300" : "EnclosureGroupV200";
    }

    static String availableTargets(int api) {
        return api >= 600 ? "AvailableTargetsV3" : "AvailableTargetsV2";
    }

    /**
     * Whether profiles and templates nest connections in {@code connectionSettings} (API 300 and later).
     */
    static boolean usesConnectionSettings(int api) {
        return api >= 300;
    }
}
