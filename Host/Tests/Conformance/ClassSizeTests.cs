using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using GlassesFirmware.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GlassesFirmware.Host.Tests.Conformance
{
    /// <summary>
    /// Keeps the runtime's classes small enough to read (issue 15): no runtime source file, and so no class in it, over
    /// <see cref="MaxLines"/> lines, and no class or struct declaring more than <see cref="MaxFields"/> fields (instance
    /// and static, auto-property backing fields included, since each holds state as a field does; constants excluded).
    /// </summary>
    public class ClassSizeTests
    {
        /// <summary>Most lines of a runtime source file (one public type per file).</summary>
        public const int MaxLines = 400;

        /// <summary>Most fields of a runtime class or struct.</summary>
        public const int MaxFields = 20;

        private static readonly string RuntimeDir = Path.Combine(RepoPaths.Root, "GlassesFirmware", "Runtime");

        [Fact]
        public void NoRuntimeClassIsOverTheLineLimit()
        {
            var over = new List<string>();
            foreach (string file in RuntimeSources())
            {
                string text = File.ReadAllText(file);
                int lines = File.ReadAllLines(file).Length;
                if (lines <= MaxLines)
                {
                    continue;
                }

                IEnumerable<string> types = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantNodes()
                    .OfType<TypeDeclarationSyntax>().Select(t => t.Identifier.Text);
                over.Add(Path.GetRelativePath(RuntimeDir, file).Replace('\\', '/') + " (" + string.Join(", ", types) + "): " + lines + " lines");
            }

            Assert.True(over.Count == 0, "runtime classes over " + MaxLines + " lines:\n" + string.Join("\n", over));
        }

        [Fact]
        public void NoRuntimeClassHasMoreThanTwentyFields()
        {
            Type[] types = typeof(Utf8).Assembly.GetTypes();
            Assert.True(types.Length > 200, "the runtime assembly has only " + types.Length + " types");
            Assert.Equal(3, FieldsOf(typeof(GlassesFirmware.Session.SessionLimits)).Length);
            var over = new List<string>();
            foreach (Type type in types.Where(t => (t.IsClass || (t.IsValueType && !t.IsEnum)) && !t.IsDefined(typeof(CompilerGeneratedAttribute))))
            {
                FieldInfo[] fields = FieldsOf(type);
                if (fields.Length > MaxFields)
                {
                    over.Add(type.FullName + ": " + fields.Length + " fields");
                }
            }

            Assert.True(over.Count == 0, "runtime classes with more than " + MaxFields + " fields:\n" + string.Join("\n", over));
        }

        [Fact]
        public void TheSourceWalkSeesTheRuntime()
        {
            string[] files = RuntimeSources().ToArray();
            Assert.Contains(files, f => f.EndsWith(Path.Combine("Qr", "QrDecoder.cs"), StringComparison.Ordinal));
            Assert.True(files.Length > 200, "found only " + files.Length + " runtime sources under " + RuntimeDir);
        }

        // The fields a type declares, auto-property backing fields included (SessionLimits declares three auto-properties and no field).
        private static FieldInfo[] FieldsOf(Type type)
        {
            const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            return type.GetFields(all).Where(f => !f.IsLiteral).ToArray();
        }

        // The sources Host/Runtime compiles: every .cs of the runtime libraries but their build output and assembly attributes.
        private static IEnumerable<string> RuntimeSources()
        {
            char s = Path.DirectorySeparatorChar;
            return Directory.EnumerateFiles(RuntimeDir, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(s + "bin" + s) && !f.Contains(s + "obj" + s) && !f.Contains(s + "Properties" + s))
                .OrderBy(f => f, StringComparer.Ordinal);
        }
    }
}
