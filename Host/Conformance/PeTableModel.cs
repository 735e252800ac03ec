using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;

namespace GlassesFirmware.Host.Conformance
{
    /// <summary>The modelled size of every table the metadata processor writes for one assembly image.</summary>
    public sealed record PeTableSizes(string Assembly, string Configuration, IReadOnlyList<KeyValuePair<string, int>> Tables)
    {
        /// <summary>One line: the assembly, its configuration and each non-empty table's size in bytes.</summary>
        public override string ToString() =>
            Assembly + " " + Configuration + ": " + string.Join(", ", Tables.Where(t => t.Value > 0).Select(t => t.Key + " " + t.Value));
    }

    /// <summary>
    /// Models the nanoFramework PE file the metadata processor (nanoframework/metadata-processor) writes from a
    /// compiled assembly, table by table, so the build can refuse an assembly the processor would refuse. Every table
    /// is addressed with 16-bit offsets; the processor stops at 65,535 bytes ("Byte code table overflow", "String
    /// table overflow"); the project's budget is <see cref="Limit"/>, leaving room to grow. What each table holds,
    /// following the processor's sources (Tables/*.cs, Mono.Cecil/CodeWriter.cs):
    /// <list type="bullet">
    /// <item>ByteCode: every method body's IL rewritten: metadata tokens of methods, fields, types and strings
    /// compressed from 4 to 2 bytes, long branches from 4 to 2 bytes, a switch's count to 1 byte and its targets to 2,
    /// ldtoken keeps 4 bytes, calli's signature token is dropped; then 12 bytes per exception clause and a count byte.</item>
    /// <item>Strings: each distinct name and literal once, UTF-8 with a terminating zero: assembly, referenced
    /// assemblies, type and member names and namespaces, field and method names, ldstr literals and attribute
    /// strings. (The processor leaves out a fixed table of names the runtime already knows; the model counts them,
    /// so it errs high.)</item>
    /// <item>Signatures: field, method, locals, interface-list and attribute signatures in the nanoFramework encoding
    /// (one byte per element type, a compressed type token for classes and value types), each stored once and reused
    /// where its bytes already occur in the table.</item>
    /// <item>Fixed-size rows: AssemblyRef 12, TypeRef, FieldRef, MethodRef, FieldDef, Attributes 8, TypeDef 24,
    /// MethodDef 16, TypeSpec 4 bytes.</item>
    /// </list>
    /// Calibrated on the real processor: see docs/nanoframework-subset.md, "PE limits".
    /// </summary>
    public static class PeTableModel
    {
        /// <summary>The budget per table: 56 KiB, under the format's 64 KiB.</summary>
        public const int Limit = 57344;

        /// <summary>Attributes the processor never writes (compiler, debugger, interop and tooling attributes).</summary>
        private static readonly string[] IgnoredAttributeNamespaces =
        {
            "System.Diagnostics", "System.Runtime.CompilerServices", "System.Runtime.InteropServices", "System.Reflection", "System.ComponentModel",
        };

        private static readonly HashSet<string> IgnoredAttributes = new(StringComparer.Ordinal)
        {
            "System.ParamArrayAttribute", "System.SerializableAttribute", "System.NonSerializedAttribute", "System.AttributeUsageAttribute",
            "System.CLSCompliantAttribute", "System.FlagsAttribute", "System.ObsoleteAttribute", "System.MTAThreadAttribute", "System.STAThreadAttribute",
        };

        /// <summary>Models the tables of <paramref name="image"/>, in the processor's table order.</summary>
        public static PeTableSizes Measure(byte[] image, string assembly, string configuration)
        {
            using var pe = new PEReader(ImmutableArray.Create(image));
            MetadataReader md = pe.GetMetadataReader();
            var signatures = new SignatureTable(md);
            var strings = new HashSet<string>(StringComparer.Ordinal) { md.GetString(md.GetAssemblyDefinition().Name) };
            int memberRefFields = 0, memberRefMethods = 0, attributes = 0, byteCode = 0;

            foreach (AssemblyReferenceHandle h in md.AssemblyReferences)
            {
                strings.Add(md.GetString(md.GetAssemblyReference(h).Name));
            }

            HashSet<EntityHandle> tooling = ToolingTypeReferences(md);
            int typeRefs = 0;
            foreach (TypeReferenceHandle h in md.TypeReferences)
            {
                if (tooling.Contains(h))
                {
                    continue;
                }

                TypeReference t = md.GetTypeReference(h);
                typeRefs++;
                strings.Add(md.GetString(t.Name));
                strings.Add(md.GetString(t.Namespace));
            }

            foreach (MemberReferenceHandle h in md.MemberReferences)
            {
                MemberReference m = md.GetMemberReference(h);
                if (tooling.Contains(m.Parent))
                {
                    continue;
                }

                strings.Add(md.GetString(m.Name));
                BlobReader blob = md.GetBlobReader(m.Signature);
                if (blob.ReadSignatureHeader().Kind == SignatureKind.Field)
                {
                    memberRefFields++;
                    signatures.Field(m.Signature);
                }
                else
                {
                    memberRefMethods++;
                    signatures.Method(m.Signature);
                }
            }

            int types = 0, fields = 0, methods = 0;
            foreach (TypeDefinitionHandle h in md.TypeDefinitions)
            {
                TypeDefinition type = md.GetTypeDefinition(h);
                if (md.GetString(type.Name) == "<Module>")
                {
                    continue;
                }

                types++;
                strings.Add(md.GetString(type.Name));
                strings.Add(md.GetString(type.Namespace));
                attributes += CountAttributes(md, type.GetCustomAttributes(), strings, signatures);
                if (type.GetInterfaceImplementations().Count > 0)
                {
                    signatures.Interfaces(type.GetInterfaceImplementations().Select(i => md.GetInterfaceImplementation(i).Interface).ToList());
                }

                foreach (FieldDefinitionHandle fh in type.GetFields())
                {
                    FieldDefinition field = md.GetFieldDefinition(fh);
                    if ((field.Attributes & System.Reflection.FieldAttributes.Literal) != 0)
                    {
                        continue; // constants live in the IL that uses them
                    }

                    fields++;
                    strings.Add(md.GetString(field.Name));
                    signatures.Field(field.Signature);
                    if ((field.Attributes & System.Reflection.FieldAttributes.HasFieldRVA) != 0)
                    {
                        signatures.DefaultValue(InitialValue(pe, md, field));
                    }
                    attributes += CountAttributes(md, field.GetCustomAttributes(), strings, signatures);
                }

                foreach (MethodDefinitionHandle mh in type.GetMethods())
                {
                    MethodDefinition method = md.GetMethodDefinition(mh);
                    methods++;
                    strings.Add(md.GetString(method.Name));
                    signatures.Method(method.Signature);
                    attributes += CountAttributes(md, method.GetCustomAttributes(), strings, signatures);
                    if (method.RelativeVirtualAddress != 0)
                    {
                        MethodBodyBlock body = pe.GetMethodBody(method.RelativeVirtualAddress);
                        byteCode += ByteCodeSize(body, md, strings);
                        if (!body.LocalSignature.IsNil)
                        {
                            signatures.Locals(md.GetStandaloneSignature(body.LocalSignature).Signature);
                        }
                    }
                }
            }

            foreach (TypeSpecificationHandle h in Enumerable.Range(1, md.GetTableRowCount(TableIndex.TypeSpec)).Select(MetadataTokens.TypeSpecificationHandle))
            {
                signatures.TypeSpec(md.GetTypeSpecification(h).Signature);
            }

            strings.Remove("");
            int stringTable = 1 + strings.Sum(s => Encoding.UTF8.GetByteCount(s) + 1);
            var tables = new List<KeyValuePair<string, int>>
            {
                new("AssemblyRef", 12 * md.AssemblyReferences.Count),
                new("TypeRef", 8 * typeRefs),
                new("FieldRef", 8 * memberRefFields),
                new("MethodRef", 8 * memberRefMethods),
                new("TypeDef", 24 * types),
                new("FieldDef", 8 * fields),
                new("MethodDef", 16 * methods),
                new("Attributes", 8 * attributes),
                new("TypeSpec", 4 * md.GetTableRowCount(TableIndex.TypeSpec)),
                new("Strings", stringTable),
                new("Signatures", signatures.Size),
                new("ByteCode", byteCode),
            };
            return new PeTableSizes(assembly, configuration, tables);
        }

        /// <summary>The data of a static array initialiser (an RVA field): the processor stores it as a signature.</summary>
        private static byte[] InitialValue(PEReader pe, MetadataReader md, FieldDefinition field)
        {
            BlobReader signature = md.GetBlobReader(field.Signature);
            signature.ReadByte();
            signature.ReadByte(); // value type
            EntityHandle type = signature.ReadTypeHandle();
            int size = type.Kind == HandleKind.TypeDefinition ? md.GetTypeDefinition((TypeDefinitionHandle)type).GetLayout().Size : 0;
            PEMemoryBlock data = pe.GetSectionData(field.GetRelativeVirtualAddress());
            return data.GetContent(0, Math.Min(size, data.Length)).ToArray();
        }

        /// <summary>Findings for every table of <paramref name="sizes"/> above <see cref="Limit"/>.</summary>
        public static IEnumerable<Finding> Check(PeTableSizes sizes) =>
            sizes.Tables.Where(t => t.Value > Limit).Select(t => new Finding(sizes.Assembly, Rule.PeLimits, sizes.Configuration,
                t.Key + " table " + t.Value + " bytes, over the " + Limit + "-byte budget (the metadata processor stops at 65,535): split the assembly"));

        /// <summary>
        /// Type references the processor drops: attribute types it never writes, the assembly- and module-level
        /// attributes (it writes attributes of types, methods and fields only), and types nested in them.
        /// </summary>
        private static HashSet<EntityHandle> ToolingTypeReferences(MetadataReader md)
        {
            var tooling = new HashSet<EntityHandle>();
            var used = new HashSet<EntityHandle>();
            foreach (CustomAttributeHandle h in md.CustomAttributes)
            {
                CustomAttribute attribute = md.GetCustomAttribute(h);
                EntityHandle parent = AttributeTypeHandle(md, attribute);
                if (parent.Kind != HandleKind.TypeReference)
                {
                    continue;
                }

                bool onCode = attribute.Parent.Kind is HandleKind.TypeDefinition or HandleKind.MethodDefinition or HandleKind.FieldDefinition;
                if (!onCode || Ignored(TypeName(md, parent)))
                {
                    tooling.Add(parent);
                }
                else
                {
                    used.Add(parent);
                }
            }

            tooling.ExceptWith(used);
            foreach (TypeReferenceHandle h in md.TypeReferences)
            {
                EntityHandle scope = md.GetTypeReference(h).ResolutionScope;
                if (scope.Kind == HandleKind.TypeReference && tooling.Contains(scope))
                {
                    tooling.Add(h);
                }
            }

            return tooling;
        }

        private static bool Ignored(string type)
        {
            string ns = type.Contains('.') ? type.Substring(0, type.LastIndexOf('.')) : "";
            return IgnoredAttributes.Contains(type) || IgnoredAttributeNamespaces.Contains(ns);
        }

        private static int CountAttributes(MetadataReader md, CustomAttributeHandleCollection handles, HashSet<string> strings, SignatureTable signatures)
        {
            int count = 0;
            foreach (CustomAttributeHandle h in handles)
            {
                CustomAttribute attribute = md.GetCustomAttribute(h);
                if (Ignored(TypeName(md, AttributeTypeHandle(md, attribute))))
                {
                    continue;
                }

                count++;
                signatures.Attribute(attribute, strings);
            }

            return count;
        }

        private static EntityHandle AttributeTypeHandle(MetadataReader md, CustomAttribute attribute) =>
            attribute.Constructor.Kind == HandleKind.MemberReference
                ? md.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent
                : md.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();

        private static string TypeName(MetadataReader md, EntityHandle type) => type.Kind switch
        {
            HandleKind.TypeReference => md.GetString(md.GetTypeReference((TypeReferenceHandle)type).Namespace) + "." + md.GetString(md.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)type).Namespace) + "." + md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => "",
        };

        /// <summary>The size of one method body after the processor's rewriting, collecting its string literals.</summary>
        private static int ByteCodeSize(MethodBodyBlock body, MetadataReader md, HashSet<string> strings)
        {
            BlobReader il = body.GetILReader();
            int size = 0;
            while (il.RemainingBytes > 0)
            {
                int opcode = il.ReadByte();
                if (opcode == 0xFE)
                {
                    opcode = 0xFE00 | il.ReadByte();
                    size += 2;
                }
                else
                {
                    size += 1;
                }

                if (opcode == 0x45) // switch: a 1-byte count and 2-byte targets instead of 4-byte ones
                {
                    int targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    size += 1 + 2 * targets;
                }
                else if (opcode == 0x72) // ldstr: the literal joins the string table
                {
                    strings.Add(md.GetUserString(MetadataTokens.UserStringHandle(il.ReadInt32() & 0xFFFFFF)));
                    size += 2;
                }
                else
                {
                    (int ilBytes, int nanoBytes) = Operand(opcode);
                    il.Offset += ilBytes;
                    size += nanoBytes;
                }
            }

            int clauses = body.ExceptionRegions.Length;
            return size + (clauses > 0 ? 12 * clauses + 1 : 0);
        }

        // Operand bytes in IL and as the processor writes them, for ECMA-335 III opcodes other than switch and ldstr:
        // tokens and long branches shrink to 2 bytes, ldtoken keeps 4, calli's signature token is dropped.
        private static (int Il, int Nano) Operand(int opcode) => opcode switch
        {
            >= 0x0E and <= 0x13 or 0x1F or >= 0x2B and <= 0x37 or 0xDE or 0xFE12 or 0xFE19 => (1, 1),
            >= 0xFE09 and <= 0xFE0E => (2, 2),
            0x20 or 0x22 => (4, 4),
            0x21 or 0x23 => (8, 8),
            >= 0x38 and <= 0x44 or 0xDD => (4, 2),
            0x29 => (4, 0),
            0xD0 => (4, 4),
            0x27 or 0x28 or 0x6F or 0x70 or 0x71 or 0x73 or 0x74 or 0x75 or 0x79 or (>= 0x7B and <= 0x81) or 0x8C or 0x8D or 0x8F
                or 0xA3 or 0xA4 or 0xA5 or 0xC2 or 0xC6 or 0xFE06 or 0xFE07 or 0xFE15 or 0xFE16 or 0xFE1C => (4, 2),
            _ => (0, 0),
        };
    }
}
