package org.salespipeline.build;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The method references in a class file's constant pool. A call compiled against a class is a {@code Methodref}
 * ({@code invokevirtual}, {@code invokespecial}, {@code invokestatic}); one compiled against an interface is an
 * {@code InterfaceMethodref} ({@code invokeinterface}, or a static or default call on an interface). The JVM refuses a
 * reference of the wrong sort for the class it finds at run time ({@code IncompatibleClassChangeError}), so this is
 * what a stand-in's kind decides.
 */
final class ClassFileReferences {

    /** One method reference: its owner (internal name), name, descriptor and whether it is an interface reference. */
    record MethodReference(String owner, String name, String descriptor, boolean interfaceReference) {

        String describe() {
            return owner.replace('/', '.') + "." + name + descriptor + (interfaceReference ? " (InterfaceMethodref)" : " (Methodref)");
        }
    }

    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int METHODREF = 10;
    private static final int INTERFACE_METHODREF = 11;
    private static final int NAME_AND_TYPE = 12;

    private ClassFileReferences() {
    }

    static List<MethodReference> methodReferences(Path classFile) throws IOException {
        try (InputStream bytes = Files.newInputStream(classFile)) {
            return methodReferences(bytes);
        }
    }

    static List<MethodReference> methodReferences(InputStream bytes) throws IOException {
        DataInputStream in = new DataInputStream(bytes);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        Map<Integer, String> utf8 = new HashMap<>();
        Map<Integer, Integer> classNames = new HashMap<>();
        Map<Integer, int[]> namesAndTypes = new HashMap<>();
        Map<Integer, int[]> methods = new HashMap<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case UTF8 -> utf8.put(index, in.readUTF());
                case 3, 4 -> in.readInt(); // Integer, Float
                case 5, 6 -> { // Long, Double take two slots
                    in.readLong();
                    index++;
                }
                case CLASS -> classNames.put(index, in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort(); // String, MethodType, Module, Package
                case 9 -> { // Fieldref
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case METHODREF, INTERFACE_METHODREF -> methods.put(index,
                        new int[] {tag, in.readUnsignedShort(), in.readUnsignedShort()});
                case NAME_AND_TYPE -> namesAndTypes.put(index, new int[] {in.readUnsignedShort(), in.readUnsignedShort()});
                case 15 -> { // MethodHandle
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17, 18 -> { // Dynamic, InvokeDynamic
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at " + index);
            }
        }
        List<MethodReference> references = new ArrayList<>();
        for (int[] method : methods.values()) {
            int[] nameAndType = namesAndTypes.get(method[2]);
            references.add(new MethodReference(utf8.get(classNames.get(method[1])), utf8.get(nameAndType[0]),
                    utf8.get(nameAndType[1]), method[0] == INTERFACE_METHODREF));
        }
        return references;
    }
}
