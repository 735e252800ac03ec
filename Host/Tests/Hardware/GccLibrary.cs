using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

namespace GlassesFirmware.Host.Tests.Hardware
{
    /// <summary>
    /// Builds a C file of Hardware/Native with the machine's gcc into a shared library and loads it, so host tests can
    /// call the very code a custom firmware image links. Tests that need it carry <c>[Trait("Category", NativeC)]</c>:
    /// ./test.sh leaves them out, saying so, on a machine without gcc and g++.
    /// </summary>
    internal static class GccLibrary
    {
        /// <summary>Trait category of the tests that need gcc or g++.</summary>
        public const string NativeC = "NativeC";

        /// <summary>
        /// Compiles Hardware/Native/<paramref name="relativeSource"/> (plain C99, every warning an error, no fused
        /// multiply-add so float steps round as in .NET) into a fresh temporary folder and loads it.
        /// </summary>
        public static IntPtr Load(string relativeSource)
        {
            string source = Path.Combine(RepoPaths.Root, "Hardware", "Native", relativeSource);
            string gcc = FindOnPath("gcc");
            if (gcc == null)
            {
                throw new InvalidOperationException("gcc is not on PATH: this test compiles " + source +
                    " with gcc to compare it with the managed code; install gcc (CI images have it), or run ./test.sh, which skips it");
            }

            string dir = Path.Combine(Path.GetTempPath(), "gf-native-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            string library = Path.Combine(dir, "lib" + Path.GetFileNameWithoutExtension(source) + ".so");
            var start = new ProcessStartInfo(gcc)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            foreach (string arg in new[] { "-std=c99", "-O2", "-Wall", "-Wextra", "-Werror", "-pedantic", "-ffp-contract=off", "-shared", "-fPIC", "-o", library, source })
            {
                start.ArgumentList.Add(arg);
            }

            using (Process process = Process.Start(start))
            {
                string errors = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException("gcc failed (" + process.ExitCode + ") on " + source + ":\n" + errors);
                }
            }

            IntPtr handle = NativeLibrary.Load(library);
            try
            {
                // The loaded mapping stays valid on Linux; do not leave a folder per test run behind.
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }

            return handle;
        }

        /// <summary>The exported C function <paramref name="name"/> of a loaded library as a delegate.</summary>
        public static T Function<T>(IntPtr library, string name) where T : Delegate
        {
            return Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(library, name));
        }

        /// <summary>Full path of <paramref name="name"/> in a PATH folder, or null.</summary>
        public static string FindOnPath(string name)
        {
            foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                string candidate = Path.Combine(dir, name);
                if (dir.Length > 0 && File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
