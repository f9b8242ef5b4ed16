package org.d365policy.gate;

/**
 * A revision as the user gave it, and where: {@code --base origin/main}, or
 * {@code PRE_COMMIT_FROM_REF=1a2b3c} under the pre-commit framework; messages quote it that way.
 */
public record Ref(String name, String givenAs) {
    public static Ref option(String option, String name) {
        return new Ref(name, option + " " + name);
    }

    public static Ref environment(String variable, String name) {
        return new Ref(name, variable + "=" + name);
    }
}
