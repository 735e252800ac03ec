#!/usr/bin/env python3
"""Names the assemblies among the given .pe files whose native part the interpreter does not have.

An assembly with native methods (InternalCall) carries a non-zero native checksum in its PE header (written
by the metadata processor). The nanoCLR binds those methods, when it loads the assembly, to the native
assembly of the same name in its interop table, and refuses the assembly when the checksums differ. With no
entry of that name the methods stay unbound, and the first call dereferences nothing: the process dies
(SIGSEGV), as System.IO.FileSystem's File.Exists does on the POSIX build, whose README lists what it lacks.

The interop table is read from the interpreter's sources: the g_CLR_InteropAssembliesNativeData[] entries of
targets/posix/nanoCLR/posix_stubs.cpp, each defined in src/ as { "name", checksum, ... }.

Prints one line per assembly that cannot run ("<name>: <why>"); prints nothing when all can.

Used by tools/nanoclr-test.sh; see docs/nanoframework-subset.md ("Running on the real toolchain").
"""
import argparse
import glob
import os
import re
import struct
import sys

TABLE = "targets/posix/nanoCLR/posix_stubs.cpp"


def interop_table(interpreter):
    """Native assembly name -> the checksums the interpreter accepts (None: one it computes by macro)."""
    with open(os.path.join(interpreter, TABLE), encoding="utf-8") as f:
        table = re.search(r"g_CLR_InteropAssembliesNativeData\[\]\s*=\s*\{(.*?)\};", f.read(), re.S)
    if not table:
        sys.exit(f"no g_CLR_InteropAssembliesNativeData[] in {TABLE}")
    symbols = re.findall(r"&\s*(g_CLR_AssemblyNative_\w+)", table.group(1))
    sources = glob.glob(os.path.join(interpreter, "src", "**", "*.cpp"), recursive=True)
    sources += glob.glob(os.path.join(interpreter, "targets", "posix", "**", "*.cpp"), recursive=True)
    natives = {}
    for path in sources:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        for symbol in symbols:
            for definition in re.finditer(r"CLR_RT_NativeAssemblyData\s+" + symbol + r"\s*=\s*\{(.*?)\};", text, re.S):
                body = definition.group(1)
                name = re.search(r'"([^"]+)"', body)
                if not name:
                    continue
                # Up to the method table: mscorlib declares one checksum per build flavour (#if).
                head = body[name.end():].split("method_lookup")[0].split("&")[0]
                checksums = {int(h, 16) for h in re.findall(r"0x[0-9A-Fa-f]+", head)} or {None}
                natives.setdefault(name.group(1), set()).update(checksums)
    return natives


def pe_header(path):
    """(assembly name, native checksum) from a nanoFramework PE: CLR_RECORD_ASSEMBLY, NFMRK marker."""
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"NFMRK"):
        sys.exit(f"{path}: not a nanoFramework PE file")
    checksum = struct.unpack_from("<I", data, 20)[0]
    name = os.path.splitext(os.path.basename(path))[0]
    return name, checksum


def lacking(natives, paths):
    """One line per .pe whose native methods the interop table natives cannot bind."""
    lines = []
    for path in paths:
        name, checksum = pe_header(path)
        if checksum == 0:
            continue  # no native methods
        accepted = natives.get(name)
        if accepted is None:
            lines.append(f"{name}: has native methods (checksum 0x{checksum:08X}) and the POSIX nanoCLR has no "
                         f"native assembly {name} (not in {TABLE})")
        elif None not in accepted and checksum not in accepted:
            lines.append(f"{name}: native checksum 0x{checksum:08X}, the POSIX nanoCLR has "
                         f"{', '.join('0x%08X' % c for c in sorted(accepted))} (another version)")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--interpreter", required=True, help="nf-interpreter checkout the POSIX nanoCLR was built from")
    parser.add_argument("pe", nargs="+", help=".pe files to be loaded together")
    args = parser.parse_args()
    for line in lacking(interop_table(args.interpreter), args.pe):
        print(line)


if __name__ == "__main__":
    main()
