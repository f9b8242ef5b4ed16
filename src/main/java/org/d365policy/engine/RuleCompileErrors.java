package org.d365policy.engine;

import org.kie.api.builder.Message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drools' compile errors as one message of exit 3: the real cause first, each named by its DRL file and line. */
final class RuleCompileErrors {
    private RuleCompileErrors() {
    }

    static RulesException of(List<Message> errors, Map<String, RuleSource> byPath) {
        errors.sort(Comparator.comparingInt(RuleCompileErrors::rank)
                .thenComparing(m -> String.valueOf(m.getPath())).thenComparingInt(Message::getLine));
        StringBuilder s = new StringBuilder("the rules cannot be compiled: ").append(describe(errors.get(0), byPath));
        List<String> more = new ArrayList<>();
        for (Message m : errors.subList(1, errors.size())) {
            if (rank(m) < 2) more.add(describe(m, byPath));
        }
        if (!more.isEmpty()) s.append(" (then ").append(String.join("; ", more.subList(0, Math.min(3, more.size()))))
                .append(more.size() > 3 ? "; and " + (more.size() - 3) + " more" : "").append(')');
        return new RulesException(s.toString());
    }

    /**
     * The real cause first: a pattern or expression that does not resolve comes before the errors of
     * the consequence that follow from it ("$a cannot be resolved", reported at the rule's first line),
     * and "Parser returned a null Package", which only repeats that the file did not parse, comes last.
     */
    private static int rank(Message m) {
        if (m.getLine() <= 0) return 2;
        return m.getText().startsWith("Rule Compilation error") ? 1 : 0;
    }

    private static String describe(Message m, Map<String, RuleSource> byPath) {
        RuleSource source = RuleBase.sourceOf(m.getPath(), byPath);
        String file = source == null ? String.valueOf(m.getPath()) : source.name();
        String text = m.getText().replaceAll("\\s*\\n\\s*", " ").trim();
        return file + (m.getLine() > 0 ? " line " + m.getLine() : "") + ": " + text + alsoDeclaredIn(text, source, byPath);
    }

    private static final String DUPLICATE_RULE = "Duplicate rule name: ";

    /**
     * Drools names one file of a rule declared twice, which may be the first copy; whoever fixes it needs
     * the other file too. Found by the declaration ({@code rule "NAME"}) in the other files' text.
     */
    private static String alsoDeclaredIn(String text, RuleSource source, Map<String, RuleSource> byPath) {
        if (!text.startsWith(DUPLICATE_RULE)) return "";
        String name = text.substring(DUPLICATE_RULE.length()).trim();
        Pattern declaration = Pattern.compile("(?m)^\\s*rule\\s+(\"" + Pattern.quote(name) + "\"|'" + Pattern.quote(name) + "'|"
                + Pattern.quote(name) + "(\\s|$))");
        List<String> others = byPath.values().stream().filter(s -> s != source && declaration.matcher(s.text()).find())
                .map(RuleSource::name).sorted().toList();
        return others.isEmpty() ? "" : " (also declared in " + String.join(", ", others) + ")";
    }

    /**
     * Where a rule is declared, as {@code FILE line N} like the compile errors (cli.md: exit 3 names the file and line), for the errors found
     * in its metadata after it compiled; the file alone where the declaration cannot be found.
     */
    static String place(String file, RuleSource source, String rule) {
        if (source == null) return file;
        Matcher m = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(\"" + Pattern.quote(rule) + "\"|" + Pattern.quote(rule)
                + "(?=[ \\t\\r\\n]))").matcher(source.text());
        if (!m.find()) return file;
        int line = 1;
        for (int k = 0; k < m.start(); k++) if (source.text().charAt(k) == '\n') line++;
        return file + " line " + line;
    }
}
