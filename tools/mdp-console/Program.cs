// Console driver for the upstream metadata processor's shared sources, built by tools/nanoclr-test.sh outside
// this repository (the upstream console also runs the mustache-based generators, which are left out).
// Same options as the upstream console (-parse, -loadHints, -compile <pe> <isCoreLibrary>), then a report read
// back from the PE header: "table <name> <bytes>" per table, and the IL size the tables came from.
using Mono.Cecil;
using nanoFramework.Tools.MetadataProcessor;
using System;
using System.Collections.Generic;
using System.IO;

internal static class MdpDriver
{
    private static readonly string[] TableNames =
    {
        "AssemblyRef", "TypeRef", "FieldRef", "MethodRef", "TypeDef", "FieldDef", "MethodDef",
        "Attributes", "TypeSpec", "Resources", "ResourcesData", "Strings", "Signatures", "ByteCode",
        "ResourcesFiles", "EndOfAssembly",
    };

    public static int Main(string[] args)
    {
        var hints = new Dictionary<string, string>(StringComparer.Ordinal);
        AssemblyDefinition assembly = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i].ToLowerInvariant();
            if (arg == "-loadhints") { hints[args[i + 1]] = args[i + 2]; i += 2; }
            else if (arg == "-parse")
            {
                assembly = AssemblyDefinition.ReadAssembly(args[++i],
                    new ReaderParameters { AssemblyResolver = new LoadHintsAssemblyResolver(hints) });
            }
            else if (arg == "-compile")
            {
                var pe = args[i + 1];
                var core = bool.Parse(args[i + 2]);
                i += 2;
                try
                {
                    var builder = new nanoAssemblyBuilder(assembly, new List<string>(), false, core);
                    using (var s = File.Open(Path.ChangeExtension(pe, "tmp"), FileMode.Create, FileAccess.ReadWrite))
                    using (var w = new BinaryWriter(s)) builder.Write(nanoBinaryWriter.CreateLittleEndianBinaryWriter(w));
                    File.Delete(Path.ChangeExtension(pe, "tmp"));
                    builder.Minimize();
                    using (var s = File.Open(pe, FileMode.Create, FileAccess.ReadWrite))
                    using (var w = new BinaryWriter(s)) builder.Write(nanoBinaryWriter.CreateLittleEndianBinaryWriter(w));
                    using (var x = System.Xml.XmlWriter.Create(Path.ChangeExtension(pe, "pdbx"))) builder.Write(x);
                }
                catch (Exception e)
                {
                    Console.Error.WriteLine($"error: {e.Message}");
                    File.Delete(pe);
                    return 1;
                }
                Report(pe);
                long il = 0, methods = 0;
                foreach (var type in assembly.MainModule.GetTypes())
                    foreach (var m in type.Methods)
                        if (m.HasBody) { il += m.Body.CodeSize; methods++; }
                Console.WriteLine($"il {il} bytes in {methods} method bodies");
            }
            else Console.Error.WriteLine($"Unknown command line option '{arg}' ignored.");
        }
        return 0;
    }

    private static void Report(string pe)
    {
        var b = File.ReadAllBytes(pe);
        var offsets = new uint[16];
        for (var t = 0; t < 16; t++) offsets[t] = BitConverter.ToUInt32(b, 0x28 + 4 * t);
        for (var t = 0; t < 15; t++)
        {
            var size = offsets[t + 1] - offsets[t] - b[0x6C + t];
            Console.WriteLine($"table {TableNames[t]} {size}");
        }
        Console.WriteLine($"table Total {b.Length}");
    }
}
