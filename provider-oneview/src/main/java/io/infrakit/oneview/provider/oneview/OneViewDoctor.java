package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.ApplianceVersion;
import io.infrakit.oneview.client.ClientListener;
import io.infrakit.oneview.client.CollectionApi;
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.OsDeploymentPlanApi;
import io.infrakit.oneview.client.error.ForbiddenException;
import io.infrakit.oneview.client.error.NotFoundException;
import io.infrakit.oneview.client.error.OneViewConnectionException;
import io.infrakit.oneview.client.error.OneViewException;
import io.infrakit.oneview.client.error.OneViewHttpException;
import io.infrakit.oneview.client.error.UnauthorizedException;
import io.infrakit.oneview.client.error.UnsupportedApiVersionException;
import io.infrakit.oneview.client.model.AvailableTarget;
import io.infrakit.oneview.client.model.OsDeploymentPlan;
import io.infrakit.oneview.client.model.OsDeploymentSettings;
import io.infrakit.oneview.client.query.ListOptions;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.provider.DoctorCheck;
import io.infrakit.oneview.spi.provider.DoctorGroup;
import io.infrakit.oneview.spi.provider.ProviderContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@code oneview} provider's {@code doctor} checks: for the plugin's own appliance (and each other appliance a
 * group names), reachable, TLS trusted, API versions, login, read privileges; then for each group its template, its
 * free servers and its OS deployment plan. Nothing is written to the appliance: every request is a GET, apart from
 * the login and the logout of the one session it opens. The privileges the provider needs for its writes
 * ({@code POST/PUT/DELETE /rest/server-profiles}, {@code PUT /rest/server-hardware/{id}/powerState}) cannot be
 * checked without making a change, and are reported as skipped, saying so.
 */
final class OneViewDoctor {

    /** How long a TCP connection to the appliance may take. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private static final String CREDENTIALS_FIX = "check the user name (--ov-username, $OV_USERNAME or "
            + "OneView.OneViewUsername), the password (--ov-password-file, --ov-credentials-file, $OV_PASSWORD or "
            + "OneView.OneViewPassword) and the login domain (--ov-login-domain or LoginDomain)";
    private static final String ROLE_FIX = "give the account a role that may read it (OneView's Server "
            + "administrator role covers every call of the provider) and scopes that include the templates, servers, "
            + "enclosure groups and hardware types the groups use";

    private final Consumer<DoctorCheck> report;
    private ProviderSettings settings;

    private OneViewDoctor(Consumer<DoctorCheck> report) {
        this.report = report;
    }

    /**
     * Runs every check; see the class comment.
     *
     * @param context the provider's context
     * @param groups  the groups using the plugin
     * @param report  receives each finding in order
     */
    static void diagnose(ProviderContext context, List<DoctorGroup> groups, Consumer<DoctorCheck> report) {
        new OneViewDoctor(report).run(context, groups);
    }

    private void run(ProviderContext context, List<DoctorGroup> groups) {
        ConnectionResolver resolver;
        try {
            settings = ProviderSettings.from(context);
            resolver = new ConnectionResolver(context.environment(), settings);
        } catch (InstancePluginException e) {
            report.accept(DoctorCheck.fail("provider.settings", null, e.getMessage(),
                    "correct the --ov-* flags, --set settings or $OV_* variables named above"));
            return;
        }
        try (ClientPool pool = new ClientPool(settings, resolver.defaultConnection(), ClientListener.NONE)) {
            Optional<ConnectionConfig> own = resolver.defaultConnection();
            Map<ConnectionConfig, Boolean> checked = new LinkedHashMap<>();
            if (own.isPresent()) {
                checked.put(own.get(), checkConnection(pool, own.get(), null));
            } else {
                report.accept(DoctorCheck.fail("appliance.reachable", null, "the plugin has no complete appliance "
                        + "connection of its own (address, user name and password): " + missing(settings),
                        "set --ov-address, --ov-username and --ov-password-file (or --ov-credentials-file, or "
                                + "$OV_ADDRESS/$OV_USERNAME/$OV_PASSWORD); groups that give their own credentials "
                                + "are checked below"));
            }
            if (groups.isEmpty()) {
                report.accept(DoctorCheck.skip("group.template", null, "no group of this plugin to check: pass its "
                        + "Group JSON with --group to check the templates, free servers and OS deployment plans"));
            }
            for (DoctorGroup group : groups) {
                checkGroup(pool, resolver, group, checked);
            }
        }
    }

    private static String missing(ProviderSettings settings) {
        List<String> missing = new ArrayList<>();
        if (settings.defaults().address() == null) {
            missing.add("no address");
        }
        if (settings.defaults().username() == null) {
            missing.add("no user name");
        }
        if (settings.defaults().password() == null) {
            missing.add("no password");
        }
        return String.join(", ", missing);
    }

    /** @return whether the session works (later checks on this appliance can run) */
    private boolean checkConnection(ClientPool pool, ConnectionConfig c, String subject) {
        String appliance = c.address();
        String skipped = "not checked: " + appliance + " ";
        if (!reachable(c, subject)) {
            skipRest(subject, skipped + "cannot be reached");
            return false;
        }
        OneViewClient client;
        try {
            client = pool.client(c);
        } catch (InstancePluginException e) {
            report.accept(DoctorCheck.fail("appliance.tls", subject, e.getMessage(),
                    "give a readable PEM file to --ov-ca-bundle (or CaBundle), or a valid pin"));
            skipRest(subject, "appliance.api-version", skipped + "could not be trusted");
            return false;
        }
        ApplianceVersion versions;
        try {
            versions = client.applianceVersion();
        } catch (UnsupportedApiVersionException e) {
            report.accept(tlsPassed(c, subject));
            report.accept(DoctorCheck.fail("appliance.api-version", subject, e.getMessage(),
                    "leave --ov-api-version unset (the highest common version is used), or pin one the appliance "
                            + "serves"));
            skipRest(subject, "appliance.login", skipped + "has no API version in common with the plugin");
            return false;
        } catch (OneViewConnectionException e) {
            if (e.isTlsVerificationFailure()) {
                report.accept(DoctorCheck.fail("appliance.tls", subject, TlsAdvice.message(c, e),
                        "set exactly one of --ov-ca-bundle, --ov-pinned-certificate-sha256 (or the group's CaBundle, "
                                + "PinnedCertificateSha256) so that the appliance's certificate is trusted"));
            } else {
                report.accept(DoctorCheck.fail("appliance.tls", subject, "GET /rest/version on " + appliance
                        + " failed: " + e.getMessage(), "check that " + appliance + " is a OneView appliance "
                        + "answering HTTPS (the port, a proxy or firewall in between)"));
            }
            skipRest(subject, "appliance.api-version", skipped + "could not be trusted");
            return false;
        } catch (OneViewException e) {
            report.accept(tlsPassed(c, subject));
            report.accept(DoctorCheck.fail("appliance.api-version", subject, "GET /rest/version on " + appliance
                    + " failed: " + e.getMessage(), "check that " + appliance + " is a OneView appliance"));
            skipRest(subject, "appliance.login", skipped + "did not tell its API versions");
            return false;
        }
        report.accept(tlsPassed(c, subject));
        int used = client.apiVersion();
        report.accept(DoctorCheck.pass("appliance.api-version", subject, appliance + " serves API versions "
                + versions.minimumVersion() + ".." + versions.currentVersion() + "; the plugin uses " + used
                + (settings.apiVersion() != null ? " (pinned by --ov-api-version)" : " (the highest both support)")));
        try {
            client.login();
        } catch (UnauthorizedException e) {
            report.accept(DoctorCheck.fail("appliance.login", subject, "cannot log in to " + appliance + " as "
                    + c.username() + loginDomain(c) + ": " + e.getMessage(), CREDENTIALS_FIX));
            skipRest(subject, "appliance.privileges", skipped + "refused the login");
            return false;
        } catch (OneViewException e) {
            report.accept(DoctorCheck.fail("appliance.login", subject, "cannot log in to " + appliance + " as "
                    + c.username() + loginDomain(c) + ": " + e.getMessage(),
                    e instanceof ForbiddenException ? "the appliance refuses this account's login (a password "
                            + "change due, or too many sessions): sign in once on the appliance's web UI"
                            : CREDENTIALS_FIX));
            skipRest(subject, "appliance.privileges", skipped + "refused the login");
            return false;
        }
        report.accept(DoctorCheck.pass("appliance.login", subject, "logged in to " + appliance + " as "
                + c.username() + loginDomain(c)));
        boolean readable = checkReadPrivileges(client, appliance, subject);
        report.accept(DoctorCheck.skip("appliance.write-privileges", subject, "not checkable without changing "
                + appliance + ": POST, PUT and DELETE /rest/server-profiles and PUT "
                + "/rest/server-hardware/{id}/powerState (OneView's Server administrator role allows them)"));
        return readable;
    }

    private static String loginDomain(ConnectionConfig c) {
        return c.loginDomain() == null ? "" : " (login domain " + c.loginDomain() + ")";
    }

    private static DoctorCheck tlsPassed(ConnectionConfig c, String subject) {
        if (!c.appliance().isHttps()) {
            return DoctorCheck.skip("appliance.tls", subject, c.address() + " is plain HTTP on this machine: no "
                    + "certificate to check");
        }
        return c.insecure()
                ? DoctorCheck.pass("appliance.tls", subject, c.address() + ": certificate NOT verified (--ov-insecure"
                + " or InsecureTLS); for labs only")
                : DoctorCheck.pass("appliance.tls", subject, c.address() + " is trusted (" + c.trustDescription()
                + ")");
    }

    private boolean reachable(ConnectionConfig c, String subject) {
        String host = c.appliance().host();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = c.appliance().effectivePort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
        } catch (UnknownHostException e) {
            report.accept(DoctorCheck.fail("appliance.reachable", subject, "the host " + host + " of " + c.address()
                    + " is not known to this machine's resolver", "correct --ov-address ($OV_ADDRESS, "
                    + "OneView.OneViewAddress), or the DNS or /etc/hosts entry"));
            return false;
        } catch (IOException | IllegalArgumentException e) {
            report.accept(DoctorCheck.fail("appliance.reachable", subject, "cannot connect to " + host + " port "
                    + port + " (" + c.address() + "): " + e.getMessage(), "check the address and port, that the "
                    + "appliance is up, and that no firewall is in between"));
            return false;
        }
        report.accept(DoctorCheck.pass("appliance.reachable", subject, c.address() + " accepts connections"));
        return true;
    }

    private static final List<String> CONNECTION_CHECKS = List.of("appliance.tls", "appliance.api-version",
            "appliance.login", "appliance.privileges", "appliance.write-privileges");

    /** Reports the connection checks after the first failed one as skipped. */
    private void skipRest(String subject, String why) {
        skipRest(subject, CONNECTION_CHECKS.get(0), why);
    }

    private void skipRest(String subject, String from, String why) {
        for (String check : CONNECTION_CHECKS.subList(CONNECTION_CHECKS.indexOf(from), CONNECTION_CHECKS.size())) {
            report.accept(DoctorCheck.skip(check, subject, why));
        }
    }

    /**
     * GET on each collection the provider reads (one member each); a 403 means the account may not read it. The
     * per-template reads ({@code new-profile}, {@code available-targets}, OS deployment plans) are checked with the
     * groups.
     */
    private boolean checkReadPrivileges(OneViewClient client, String appliance, String subject) {
        Map<String, Function<OneViewClient, CollectionApi<?>>> collections = new LinkedHashMap<>();
        collections.put("/rest/server-profile-templates", OneViewClient::serverProfileTemplates);
        collections.put("/rest/server-profiles", OneViewClient::serverProfiles);
        collections.put("/rest/server-hardware", OneViewClient::serverHardware);
        collections.put("/rest/server-hardware-types", OneViewClient::serverHardwareTypes);
        collections.put("/rest/enclosure-groups", OneViewClient::enclosureGroups);
        collections.put("/rest/tasks", OneViewClient::tasks);
        List<String> denied = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        ListOptions one = ListOptions.builder().count(1).build();
        for (Map.Entry<String, Function<OneViewClient, CollectionApi<?>>> e : collections.entrySet()) {
            try {
                e.getValue().apply(client).list(one);
            } catch (ForbiddenException x) {
                denied.add("GET " + e.getKey() + " (" + describe(x) + ")");
            } catch (OneViewException x) {
                failed.add("GET " + e.getKey() + ": " + x.getMessage());
            }
        }
        if (!denied.isEmpty()) {
            report.accept(DoctorCheck.fail("appliance.privileges", subject, "the account may not read what the "
                    + "provider reads on " + appliance + ": " + String.join("; ", denied), ROLE_FIX));
            return false;
        }
        if (!failed.isEmpty()) {
            report.accept(DoctorCheck.fail("appliance.privileges", subject, "reads the provider makes failed on "
                    + appliance + ": " + String.join("; ", failed), "see the appliance's error above; run doctor "
                    + "again once the appliance answers"));
            return false;
        }
        report.accept(DoctorCheck.pass("appliance.privileges", subject, "the account may read "
                + String.join(", ", collections.keySet())));
        return true;
    }

    private static String describe(OneViewHttpException e) {
        String code = e.errorCode();
        return "HTTP " + e.status() + (code == null || code.isEmpty() ? "" : " " + code);
    }

    private void checkGroup(ClientPool pool, ConnectionResolver resolver, DoctorGroup group,
                            Map<ConnectionConfig, Boolean> checked) {
        String subject = group.groupId();
        InstanceProperties props;
        ConnectionConfig connection;
        try {
            props = InstanceProperties.parse(group.properties());
            connection = resolver.resolve(props);
        } catch (InstancePluginException e) {
            report.accept(DoctorCheck.fail("group.properties", subject, "the group's Instance.Properties are not "
                    + "usable: " + e.getMessage(), "correct the group's Instance.Properties as the message says"));
            skipGroup(subject, "not checked: the group's properties are not usable");
            return;
        }
        report.accept(DoctorCheck.pass("group.properties", subject, "the group's Instance.Properties are usable; "
                + "it provisions on " + connection.address() + " as " + connection.username()));
        Boolean works = checked.get(connection);
        if (works == null) {
            works = checkConnection(pool, connection, subject);
            checked.put(connection, works);
        }
        if (!works) {
            skipGroup(subject, "not checked: the appliance checks of " + connection.address() + " failed");
            return;
        }
        OneViewClient client = pool.client(connection);
        ResolvedTemplate template;
        try {
            template = ResolvedTemplate.resolve(client, props, connection.address());
            client.serverProfileTemplates().newProfile(template.template());
        } catch (InstancePluginException e) {
            report.accept(DoctorCheck.fail("group.template", subject, e.getMessage(), "create the template on the "
                    + "appliance, or correct TemplateName (and the hardware type or enclosure group narrowing) in "
                    + "the group's Instance.Properties"));
            skipGroup(subject, "not checked: the template was not found", "group.free-servers");
            return;
        } catch (OneViewException e) {
            report.accept(DoctorCheck.fail("group.template", subject, "reading template '" + props.templateName()
                    + "' failed: " + e.getMessage(), e instanceof ForbiddenException ? ROLE_FIX
                    : "see the appliance's error; run doctor again once the appliance answers"));
            skipGroup(subject, "not checked: the template could not be read", "group.free-servers");
            return;
        }
        report.accept(DoctorCheck.pass("group.template", subject, "template '" + props.templateName() + "' found ("
                + template.template().uri() + "; " + template.filters() + ")"));
        checkFreeServers(client, template, props, connection.address(), subject);
        if (props.osDeployment().any()) {
            checkGroupsDeployment(client, template, props, connection.address(), subject);
        } else {
            checkDeploymentPlan(client, template, connection.address(), subject);
        }
    }

    /**
     * A group that sets {@code OSDeploymentPlan}, {@code InitAttribute} or {@code OSCustomAttributes}: the checks of
     * Validate ({@link OsDeployment#resolve}), reported as one line.
     */
    private void checkGroupsDeployment(OneViewClient client, ResolvedTemplate template, InstanceProperties props,
                                       String appliance, String subject) {
        String check = "group.os-deployment-plan";
        try {
            OsDeployment os = OsDeployment.resolve(client, template.template(), props, appliance).orElseThrow();
            report.accept(DoctorCheck.pass(check, subject, os.describePlan() + " (" + os.plan().uri() + ") found"
                    + (os.templatesPlan() ? ", the template's" : "") + "; "
                    + (os.deliversInit() ? "the Init goes into its attribute " + props.osDeployment().initAttribute()
                    : "no InitAttribute: an Init is not delivered")
                    + (props.osDeployment().attributes().isEmpty() ? "" : "; OSCustomAttributes fit the plan")));
        } catch (InstancePluginException e) {
            report.accept(DoctorCheck.fail(check, subject, e.getMessage(), "correct the group's "
                    + InstanceProperties.OS_DEPLOYMENT_PLAN + ", " + InstanceProperties.INIT_ATTRIBUTE + " or "
                    + InstanceProperties.OS_CUSTOM_ATTRIBUTES + " as the message says, or the plan on the Image "
                    + "Streamer"));
        } catch (OneViewException e) {
            report.accept(DoctorCheck.fail(check, subject, "reading the OS deployment plan failed: " + e.getMessage(),
                    e instanceof ForbiddenException ? ROLE_FIX
                            : "see the appliance's error; run doctor again once the appliance answers"));
        }
    }

    private void skipGroup(String subject, String why) {
        skipGroup(subject, why, "group.template");
    }

    private void skipGroup(String subject, String why, String from) {
        List<String> all = List.of("group.template", "group.free-servers", "group.os-deployment-plan");
        for (String check : all.subList(all.indexOf(from), all.size())) {
            report.accept(DoctorCheck.skip(check, subject, why));
        }
    }

    private void checkFreeServers(OneViewClient client, ResolvedTemplate template, InstanceProperties props,
                                  String appliance, String subject) {
        List<AvailableTarget> servers;
        try {
            servers = client.serverProfiles().availableTargets(template.enclosureGroupUri(),
                    template.serverHardwareTypeUri()).servers();
        } catch (OneViewException e) {
            report.accept(DoctorCheck.fail("group.free-servers", subject, "GET /rest/server-profiles/available-targets"
                    + " failed: " + e.getMessage(), e instanceof ForbiddenException ? ROLE_FIX
                    : "see the appliance's error; run doctor again once the appliance answers"));
            return;
        }
        HardwarePicker.Candidates candidates = HardwarePicker.candidates(servers, template, Set.of());
        List<AvailableTarget> free = candidates.takeable(props.powerOff());
        long on = candidates.usable().stream().filter(t -> !"Off".equals(t.powerStateText())).count();
        String counts = "the appliance lists " + servers.size() + " available server(s)"
                + (candidates.unhealthy() > 0 ? "; " + candidates.unhealthy() + " with status Critical or Warning"
                : "")
                + (on > 0 && !props.powerOff() ? "; " + on + " powered on (not used without \"PowerOff\": true)" : "");
        if (free.isEmpty()) {
            report.accept(DoctorCheck.fail("group.free-servers", subject, "no free server hardware for template '"
                    + props.templateName() + "' (" + template.filters() + ") on " + appliance + ": " + counts,
                    "add servers of the template's hardware type and enclosure group, free some (remove their "
                            + "profiles), clear their warnings, or set \"PowerOff\": true to use powered-on ones"));
            return;
        }
        report.accept(DoctorCheck.pass("group.free-servers", subject, free.size() + " free server(s) for template '"
                + props.templateName() + "' (" + counts + ")"));
    }

    private void checkDeploymentPlan(OneViewClient client, ResolvedTemplate template, String appliance,
                                     String subject) {
        OsDeploymentSettings os = template.template().osDeploymentSettings();
        String planUri = os == null ? null : os.osDeploymentPlanUri();
        if (planUri == null) {
            report.accept(DoctorCheck.skip("group.os-deployment-plan", subject, "template '"
                    + template.template().name() + "' deploys no OS (no OS deployment plan)"));
            return;
        }
        try {
            OsDeploymentPlan plan = client.osDeploymentPlans().get(planUri);
            report.accept(DoctorCheck.pass("group.os-deployment-plan", subject, "OS deployment plan '" + plan.name()
                    + "' (" + planUri + ") found"));
        } catch (NotFoundException e) {
            report.accept(DoctorCheck.fail("group.os-deployment-plan", subject, "template '"
                    + template.template().name() + "' deploys the OS deployment plan " + planUri + ", which "
                    + appliance + " does not have", "choose an existing OS deployment plan in the template (or "
                    + "restore the plan on the Image Streamer)"));
        } catch (UnsupportedApiVersionException e) {
            report.accept(DoctorCheck.fail("group.os-deployment-plan", subject, e.getMessage(),
                    "leave --ov-api-version unset or pin "
                            + OsDeploymentPlanApi.MINIMUM_API_VERSION + " or later"));
        } catch (OneViewException e) {
            report.accept(DoctorCheck.fail("group.os-deployment-plan", subject, "GET " + planUri + " failed: "
                    + e.getMessage(), e instanceof ForbiddenException ? ROLE_FIX
                    : "see the appliance's error; run doctor again once the appliance answers"));
        }
    }
}
