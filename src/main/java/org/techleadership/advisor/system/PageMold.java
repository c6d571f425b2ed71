package org.techleadership.advisor.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A page rendered once, split at its slots: the text between them is kept as bytes, and each request
 * fills the slots in. A named slot stands where a value (a token, the CSRF token) was written; a
 * flag slot stands where a marker (an attribute such as {@code checked="checked"}) was written, and
 * is either written again or left out. Flags are numbered in the order they occur in the page.
 */
public final class PageMold {

    private final byte[][] literals;
    private final String[] names;   // a slot's name, or null for a flag
    private final int[] flags;      // a flag slot's number, or -1 for a named slot
    private final byte[] flagBytes;
    private final int flagCount;
    private final int size;

    private PageMold(List<byte[]> literals, List<String> names, List<Integer> flags, String flagText) {
        this.literals = literals.toArray(byte[][]::new);
        this.names = names.toArray(String[]::new);
        this.flags = flags.stream().mapToInt(Integer::intValue).toArray();
        this.flagBytes = flagText == null ? new byte[0] : flagText.getBytes(StandardCharsets.UTF_8);
        this.flagCount = (int) flags.stream().filter(f -> f >= 0).count();
        this.size = literals.stream().mapToInt(l -> l.length).sum();
    }

    /**
     * Splits {@code html} at every occurrence of each value of {@code named} (value to slot name) and
     * of {@code flagText} (null for none). Values must not overlap one another.
     */
    public static PageMold split(String html, Map<String, String> named, String flagText) {
        List<byte[]> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> flags = new ArrayList<>();
        int from = 0;
        int flag = 0;
        while (true) {
            int at = -1;
            String found = null;
            for (String value : named.keySet()) {
                int i = html.indexOf(value, from);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    found = value;
                }
            }
            if (flagText != null) {
                int i = html.indexOf(flagText, from);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    found = null;
                }
            }
            if (at < 0) {
                break;
            }
            literals.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            if (found != null) {
                names.add(named.get(found));
                flags.add(-1);
                from = at + found.length();
            } else {
                names.add(null);
                flags.add(flag++);
                from = at + flagText.length();
            }
        }
        literals.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        return new PageMold(literals, names, flags, flagText);
    }

    /** How many times the named slot occurs. */
    public int count(String name) {
        int n = 0;
        for (String s : names) {
            if (name.equals(s)) {
                n++;
            }
        }
        return n;
    }

    public int flagCount() {
        return flagCount;
    }

    /** Whether a value may fill a slot: it is written unescaped, so only [A-Za-z0-9_=-] will do. */
    public static boolean safe(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '=' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The page with each named slot filled from {@code values} and each flag written where
     * {@code flagged} says so.
     *
     * @throws IllegalArgumentException if a slot has no value or an unsafe one
     */
    public byte[] fill(Map<String, String> values, IntPredicate flagged) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 64 * names.length);
        for (int i = 0; i < names.length; i++) {
            out.writeBytes(literals[i]);
            if (flags[i] >= 0) {
                if (flagged.test(flags[i])) {
                    out.writeBytes(flagBytes);
                }
            } else {
                String value = values.get(names[i]);
                if (!safe(value)) {
                    throw new IllegalArgumentException("no safe value for the slot " + names[i]);
                }
                out.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
            }
        }
        out.writeBytes(literals[names.length]);
        return out.toByteArray();
    }
}
