package org.d365policy.build;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A build step, run on the shaded jar before the launcher's class-data archive and ahead-of-time cache are
 * made: rewrites the class files older than Java 6 under a package in it (picocli's, which target Java 5)
 * as Java 8 class files, with the stack map frames ASM computes. Neither cache can hold a class file older
 * than Java 6 ("Old class has been linked", "Unlinked class not supported by AOTClassLinking"), so
 * picocli's 175 classes were read from the jar and verified on every start (BENCHMARKS.md, "picocli's
 * class files"). The code is not changed. Each rewritten class is then loaded and initialized from the new
 * jar, so that one the JVM would refuse fails the build, not a user's command. Not part of the jar it
 * rewrites.
 *
 * <p>Run: {@code java -cp CLASSPATH org.d365policy.build.OldClassFiles JAR PACKAGE}, PACKAGE as in
 * {@code picocli}; the classpath must hold ASM and the classes the old ones refer to. Only a package on the
 * way to every command's start is worth it: other old class files in the jar (ANTLR's, for rules compiled
 * at run time) refer to classes the jar leaves out, and stay as they are.
 */
public final class OldClassFiles {
    /** Java 6's class file version, from which both caches hold a class. */
    private static final int JAVA_6 = 50;

    private OldClassFiles() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: OldClassFiles JAR PACKAGE");
        Path jar = Path.of(args[0]);
        String under = args[1].replace('.', '/') + "/";
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".rewriting");
        List<String> classes = rewrite(jar, under, rewritten);
        if (classes.isEmpty()) throw new IllegalStateException("no class file older than Java 6 under " + under + " in " + jar);
        verify(rewritten, classes);
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("OldClassFiles: " + classes.size() + " class files under " + under + " rewritten as Java 8 in " + jar);
    }

    /** Copies the jar entry by entry, in order and with their times, the old class files under {@code under} rewritten. */
    private static List<String> rewrite(Path from, String under, Path to) throws IOException {
        List<String> rewritten = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().startsWith(under) && entry.getName().endsWith(".class") && majorVersion(content) < JAVA_6) {
                    content = asJava8(content);
                    rewritten.add(entry.getName().substring(0, entry.getName().length() - ".class".length()).replace('/', '.'));
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
        return rewritten;
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /**
     * The same class as a Java 8 class file. Frames are computed afresh, which needs the common superclass
     * of two types: ASM loads them through this class's loader, and fails rather than guess.
     */
    private static byte[] asJava8(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /** Loads and initializes each rewritten class from the new jar alone: the JVM verifies it as it would at run time. */
    private static void verify(Path jar, List<String> classes) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : classes) {
                try {
                    Class.forName(name, true, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("the rewritten " + name + " does not load: " + e, e);
                }
            }
        }
    }
}
