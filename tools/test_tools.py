#!/usr/bin/env python3
"""Tests of the upstream-toolchain helpers (not part of CI, like tools/nanoclr-test.sh):

    python3 -m unittest discover -s tools -p 'test_*.py'
"""
import os
import struct
import tempfile
import unittest

import nanoclr_natives
import nf_library
import nf_test_cases
import nfproj_build


def write(path, text="", mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)


class TestCasesTests(unittest.TestCase):
    def test_rows_count_with_or_without_test_method_and_plain_methods_once(self):
        source = '''
        [TestClass] public class T {
            [TestMethod] public static void A() { int[] x = new int[2]; x[0] = 1; }
            [DataRow("a]", 1)]
            [DataRow("[b", 2)]
            public static void B(string s, int n) { }
            [TestMethod, DataRow(new byte[] { 1 })] public static void C(byte[] b) { }
            // [TestMethod] in a comment
            [Setup] public static void S() { string t = "[TestMethod]"; }
        }'''
        self.assertEqual(1 + 2 + 1, nf_test_cases.test_cases(source))


class NativesTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp()
        write(os.path.join(self.folder, nanoclr_natives.TABLE),
              "const CLR_RT_NativeAssemblyData *g_CLR_InteropAssembliesNativeData[] = {\n"
              "    &g_CLR_AssemblyNative_Lib_A,\n    nullptr,\n};\n")
        write(os.path.join(self.folder, "src", "a.cpp"),
              'const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_Lib_A =\n{\n    "Lib.A",\n    0x0000BEEF,\n'
              '    method_lookup,\n    { 1, 0, 0, 0 }\n};\n')

    def pe(self, name, checksum):
        path = os.path.join(self.folder, name + ".pe")
        write(path, b"NFMRK1\0\0" + bytes(12) + struct.pack("<I", checksum) + bytes(16), "wb")
        return path

    def test_table_is_read_from_the_interpreter_sources(self):
        self.assertEqual({"Lib.A": {0xBEEF}}, nanoclr_natives.interop_table(self.folder))

    def test_only_natives_missing_or_of_another_version_are_reported(self):
        natives = nanoclr_natives.interop_table(self.folder)
        found = nanoclr_natives.lacking(natives, [self.pe("Lib.Plain", 0), self.pe("Lib.A", 0xBEEF)])
        self.assertEqual([], found)
        found = nanoclr_natives.lacking(natives, [self.pe("Lib.B", 0x1234), self.pe("Lib.A", 0xF00D)])
        self.assertEqual(2, len(found))
        self.assertTrue(found[0].startswith("Lib.B: has native methods (checksum 0x00001234)"), found[0])
        self.assertTrue(found[1].startswith("Lib.A: native checksum 0x0000F00D, the POSIX nanoCLR has 0x0000BEEF"), found[1])


class LibraryTests(unittest.TestCase):
    def test_the_project_the_nuspec_ships_wins_over_others_of_the_same_name(self):
        folder = tempfile.mkdtemp()
        project = '<Project><PropertyGroup><AssemblyName>Lib.Http</AssemblyName></PropertyGroup></Project>'
        for sub in ("Lib.Http.Client", "Lib.Http", "Lib.Http.Server"):
            write(os.path.join(folder, sub, sub + ".nfproj"), project)
        write(os.path.join(folder, "Pkg.Http.nuspec"),
              '<package><metadata><id>Pkg.Http</id></metadata><files>'
              '<file src="Lib.Http\\bin\\Release\\Lib.Http.dll" target="lib\\Lib.Http.dll" /></files></package>')
        self.assertEqual(os.path.join(folder, "Lib.Http", "Lib.Http.nfproj"),
                         nf_library.project(folder, "Pkg.Http", "Lib.Http.dll"))

    def test_project_file_names_resolve_case_insensitively(self):
        folder = tempfile.mkdtemp()
        write(os.path.join(folder, "Lib", "RTC.cs"))
        self.assertEqual(os.path.join(folder, "Lib", "RTC.cs"), nfproj_build.win_path(folder, "lib\\Rtc.cs"))


if __name__ == "__main__":
    unittest.main()
