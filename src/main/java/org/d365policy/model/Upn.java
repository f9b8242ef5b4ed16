package org.d365policy.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** UPNs and e-mail addresses are compared case-insensitively everywhere and written lower-cased. */
public final class Upn {
    private Upn() {
    }

    public static String normalize(String upn) {
        return upn == null ? null : upn.toLowerCase(Locale.ROOT);
    }

    public static List<String> normalizeAll(List<String> upns) {
        List<String> out = new ArrayList<>(upns.size());
        for (String upn : upns) out.add(normalize(upn));
        return out;
    }
}
