package org.d365policy.model.derived;

import java.util.Objects;

/** A value that several facts share, such as one UPN on two accounts, and how many share it. */
public final class SharedValue {
    private final String value;
    private final int count;

    public SharedValue(String value, int count) {
        this.value = value;
        this.count = count;
    }

    public String getValue() {
        return value;
    }

    public int getCount() {
        return count;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof SharedValue)) return false;
        SharedValue o = (SharedValue) other;
        return count == o.count && Objects.equals(value, o.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, count);
    }

    @Override
    public String toString() {
        return value + " x" + count;
    }
}
