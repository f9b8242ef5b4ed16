package org.d365policy.report;

import org.d365policy.engine.RuleInfo;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JUnit XML as CI servers render it: a test suite per rule, a test case per rule and subject (and
 * file, in the gate); a finding that fails the run is a failure, a waived one is skipped, the rest pass.
 * A rule that was judged and found nothing is a suite with one passing test case, so that a clean
 * tenant is a report of passed tests rather than an empty one (which CI servers refuse).
 */
public final class JunitReportWriter {
    private final Collection<RuleInfo> judged;

    /** Only the rules with findings. */
    public JunitReportWriter() {
        this(List.of());
    }

    /** @param judged the rules judged in the run: those without findings pass */
    public JunitReportWriter(Collection<RuleInfo> judged) {
        this.judged = judged;
    }

    public String write(Report report) {
        Map<String, List<ReportedFinding>> byRule = new TreeMap<>();
        for (ReportedFinding f : report.findings()) byRule.computeIfAbsent(f.finding().getRule(), k -> new ArrayList<>()).add(f);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", Version.TOOL);
            Map<String, RuleInfo> passed = new TreeMap<>();
            for (RuleInfo rule : judged) {
                if (!byRule.containsKey(rule.id())) passed.put(rule.id(), rule);
            }
            counts(xml, report, report.findings(), passed.size(), report.unjudged().size());
            if (!report.unjudged().isEmpty()) {
                newline(xml, 1);
                unjudgedSuite(xml, report.unjudged());
            }
            Set<String> ids = new TreeSet<>(byRule.keySet());
            ids.addAll(passed.keySet());
            for (String id : ids) {
                newline(xml, 1);
                if (byRule.containsKey(id)) suite(xml, report, id, byRule.get(id));
                else passingSuite(xml, report, passed.get(id));
            }
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML to memory", e);
        }
        return out + "\n";
    }

    private static void suite(XMLStreamWriter xml, Report report, String rule, List<ReportedFinding> findings)
            throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", rule + " " + findings.get(0).finding().getTitle());
        counts(xml, report, findings, 0, 0);
        if (report.evidence() != null) properties(xml, report.evidence());
        for (ReportedFinding f : findings) {
            newline(xml, 2);
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", Version.TOOL + "." + rule);
            xml.writeAttribute("name", f.finding().getSubject() + (f.file() == null ? "" : " in " + f.file()));
            if (f.location() != null) {
                xml.writeAttribute("file", f.location().file());
                xml.writeAttribute("line", String.valueOf(f.location().line()));
            }
            String text = f.finding().getSeverity().label() + ": " + f.finding().getMessage()
                    + (f.status() == null ? "" : " (" + f.status().label() + ")");
            newline(xml, 3);
            if (report.fails(f)) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", f.finding().getSeverity().label());
                xml.writeAttribute("message", f.finding().getMessage());
                xml.writeCharacters(text);
                xml.writeEndElement();
            } else if (f.waived() && f.present()) {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", "waived: " + f.waiver());
            } else {
                xml.writeStartElement("system-out");
                xml.writeCharacters(text);
                xml.writeEndElement();
            }
            newline(xml, 2);
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    /**
     * The evidence, in every suite because the JUnit schema has properties only there: one {@code input}
     * per input file (role, file, SHA-256, and for a snapshot how it was judged), and the rules loaded.
     */
    private static void properties(XMLStreamWriter xml, Evidence evidence) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("properties");
        property(xml, "tool", Version.TOOL + " " + Version.get());
        for (Evidence.Input input : evidence.inputs()) {
            String value = input.role().label() + " " + input.file() + " sha256:" + input.sha256();
            if (input.judgedWith() != null) {
                value += " profile:" + input.judgedWith().getProfile().label() + " asOf:" + input.judgedWith().getAsOf();
            }
            property(xml, "input", value);
        }
        property(xml, "rules", "sha256:" + evidence.rules().sha256() + " count:" + evidence.rules().count());
        if (evidence.only() != null) property(xml, "only", String.join(",", new java.util.TreeSet<>(evidence.only())));
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        newline(xml, 3);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static void passingSuite(XMLStreamWriter xml, Report report, RuleInfo rule) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", rule.id() + " " + rule.title());
        xml.writeAttribute("tests", "1");
        xml.writeAttribute("failures", "0");
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        if (report.evidence() != null) properties(xml, report.evidence());
        newline(xml, 2);
        xml.writeEmptyElement("testcase");
        xml.writeAttribute("classname", Version.TOOL + "." + rule.id());
        xml.writeAttribute("name", "no finding");
        newline(xml, 1);
        xml.writeEndElement();
    }

    /**
     * The snapshots that were not valid input, each a test case in error, first: a CI server then shows the run
     * as broken, as its exit code (2) says, where without them the other snapshots' tests could all pass.
     */
    private static void unjudgedSuite(XMLStreamWriter xml, List<UnjudgedInput> unjudged) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "snapshots not judged");
        xml.writeAttribute("tests", String.valueOf(unjudged.size()));
        xml.writeAttribute("failures", "0");
        xml.writeAttribute("errors", String.valueOf(unjudged.size()));
        xml.writeAttribute("skipped", "0");
        for (UnjudgedInput u : unjudged) {
            newline(xml, 2);
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", Version.TOOL + ".input");
            xml.writeAttribute("name", u.input());
            newline(xml, 3);
            xml.writeStartElement("error");
            xml.writeAttribute("type", "invalid input");
            xml.writeAttribute("message", u.reason());
            xml.writeCharacters(u.notice());
            xml.writeEndElement();
            newline(xml, 2);
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, Report report, List<ReportedFinding> findings, int passedRules, int errors)
            throws XMLStreamException {
        int failures = 0;
        int skipped = 0;
        for (ReportedFinding f : findings) {
            if (report.fails(f)) failures++;
            else if (f.waived() && f.present()) skipped++;
        }
        xml.writeAttribute("tests", String.valueOf(findings.size() + passedRules + errors));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", String.valueOf(errors));
        xml.writeAttribute("skipped", String.valueOf(skipped));
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
