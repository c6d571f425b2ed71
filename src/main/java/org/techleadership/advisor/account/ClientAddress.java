package org.techleadership.advisor.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.StringJoiner;

/**
 * The address a limit counts a client by: an IPv4 address as it is, an IPv6 address by its /64
 * network (a home or an office is handed a whole /64, so counting single IPv6 addresses would give
 * a script endless fresh starts). It starts from {@code request.getRemoteAddr()}, which is the
 * address the app already trusts: Tomcat's RemoteIpValve has put the client's address from the
 * load balancer's X-Forwarded-For there (server.forward-headers-strategy=native).
 */
public final class ClientAddress {

    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    public static String of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isEmpty()) {
            return "unknown";
        }
        char first = remoteAddress.charAt(0);
        // starting with a hex digit or ':' and holding a ':', InetAddress parses it as a literal: no name lookup
        if (remoteAddress.indexOf(':') >= 0 && (Character.digit(first, 16) >= 0 || first == ':')) {
            try {
                InetAddress address = InetAddress.getByName(remoteAddress);
                return address instanceof Inet6Address ? network64(address.getAddress()) : address.getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // counted by what it says, like any other odd value
            }
        }
        return remoteAddress.length() > MAX_LENGTH ? remoteAddress.substring(0, MAX_LENGTH) : remoteAddress;
    }

    private static String network64(byte[] bytes) {
        StringJoiner groups = new StringJoiner(":", "", "::/64");
        for (int i = 0; i < 8; i += 2) {
            groups.add(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
        }
        return groups.toString();
    }
}
