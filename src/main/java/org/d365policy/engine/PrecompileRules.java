package org.d365policy.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Run by the build: compiles the bundled rules with Drools' executable model and puts the generated
 * classes into the build output, beside a descriptor naming the project model, and the hash and the
 * check sum of the DRL it was made from. A run then builds its rule base from those classes instead of compiling DRL
 * (seconds saved at every start), and only while the DRL is unchanged.
 */
public final class PrecompileRules {
    private PrecompileRules() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        List<RuleSource> sources = RuleFiles.bundled();
        byte[] module = RuleBase.compileModule(sources);
        String projectModel = null;
        int classes = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(module))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.isDirectory() || !entry.getName().endsWith(".class")) continue;
                Path target = out.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, zip.readAllBytes());
                classes++;
                if (entry.getName().startsWith("org/drools/project/model/ProjectModel")) {
                    projectModel = entry.getName().replace('/', '.').substring(0, entry.getName().length() - ".class".length());
                }
            }
        }
        if (projectModel == null) throw new IllegalStateException("the executable model has no project model class");
        Path descriptor = out.resolve(RuleBase.PRECOMPILED);
        Files.createDirectories(descriptor.getParent());
        Files.write(descriptor, (projectModel + "\n" + RuleBase.hash(sources) + "\n" + RuleBase.checksum(sources) + "\n").getBytes(StandardCharsets.UTF_8));
        System.out.println("d365-policy: precompiled " + sources.size() + " rule files into " + classes + " classes (" + projectModel + ")");
    }
}
