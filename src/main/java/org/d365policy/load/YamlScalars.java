package org.d365policy.load;

import org.yaml.snakeyaml.resolver.Resolver;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** Which plain YAML scalars are numbers: by YAML 1.2's core schema (tenant-format.md), and by YAML 1.1 for other readers. */
public final class YamlScalars {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern HEXADECIMAL = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    /** Jackson refuses longer numbers anyway (StreamReadConstraints); this keeps a hostile one from being parsed first. */
    private static final int MAX_DIGITS = 1000;

    private YamlScalars() {
    }

    /** A cheap first test: every number of either schema starts with a digit, a sign or a dot. */
    public static boolean startsLikeANumber(String value) {
        return !value.isEmpty() && "0123456789+-.".indexOf(value.charAt(0)) >= 0;
    }

    /** The integer a plain scalar is in YAML 1.2's core schema (leading zeros decimal, 0o octal, 0x hexadecimal), or null. */
    public static BigInteger coreInteger(String value) {
        if (value.length() > MAX_DIGITS) return null;
        if (DECIMAL.matcher(value).matches()) return new BigInteger(value.startsWith("+") ? value.substring(1) : value);
        if (OCTAL.matcher(value).matches()) return new BigInteger(value.substring(2), 8);
        if (HEXADECIMAL.matcher(value).matches()) return new BigInteger(value.substring(2), 16);
        return null;
    }

    public static boolean isCoreFloat(String value) {
        return FLOAT.matcher(value).matches();
    }

    /**
     * Whether a plain scalar reads as a number in YAML 1.2's core schema or in YAML 1.1 (which other tools
     * still use): text like this must be quoted when written, to read back as text everywhere.
     */
    public static boolean readsAsANumber(String value) {
        if (!startsLikeANumber(value)) return false;
        return coreInteger(value) != null || isCoreFloat(value) || Resolver.INT.matcher(value).matches()
                || Resolver.FLOAT.matcher(value).matches();
    }
}
