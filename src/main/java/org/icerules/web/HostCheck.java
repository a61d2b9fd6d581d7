package org.icerules.web;

import io.javalin.http.Context;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses, on a server bound to this machine only, a request whose Host header is not one of this
 * machine's own names with the port: a web page elsewhere could otherwise point a name it controls
 * at 127.0.0.1 (DNS rebinding) and read the workbench's answers from the user's browser. On a
 * server bound to other machines' reach there is nothing to protect this way, and no check.
 */
final class HostCheck {
    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");

    private final boolean active;
    private final List<String> names;

    private HostCheck(boolean active, List<String> names) {
        this.active = active;
        this.names = names;
    }

    /**
     * @param host       the address the server binds
     * @param extraNames further names the Host header may give (a proxy on this machine, say)
     */
    static HostCheck forBinding(String host, List<String> extraNames) {
        List<String> names = new ArrayList<>(LOOPBACK_NAMES);
        names.add(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
        for (String n : extraNames) {
            if (!isHostName(n)) {
                throw new IllegalArgumentException("not a host name: '" + n + "'");
            }
            names.add(n);
        }
        return new HostCheck(isLoopback(host), names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList());
    }

    /** Whether the text is a host name or an address as a Host header spells it (IPv6 in brackets). */
    static boolean isHostName(String text) {
        return text != null && text.length() <= 253 && HOST_NAME.matcher(text).matches();
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether the address stands for every interface of the machine (0.0.0.0 or ::). */
    static boolean isEveryInterface(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    void check(Context ctx) {
        if (!active) {
            return;
        }
        int port = ctx.req().getLocalPort();
        String given = ctx.header("Host");
        if (given != null && allows(given.toLowerCase(Locale.ROOT), port)) {
            return;
        }
        throw new ApiError(421, null, (given == null ? "the request names no host" : "the request names the host '"
                + printable(given) + "'") + "; this workbench answers only as http://127.0.0.1:" + port
                + "/ or http://localhost:" + port + "/ (another name could be a web page reaching for it; "
                + "serve --allow-host NAME admits one)");
    }

    private boolean allows(String hostHeader, int port) {
        for (String name : names) {
            if (hostHeader.equals(name + ":" + port) || port == 80 && hostHeader.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String s) {
        String cut = s.length() > 100 ? s.substring(0, 100) + "…" : s;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
