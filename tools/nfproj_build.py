#!/usr/bin/env python3
"""Builds one nanoFramework project (.nfproj) the way its project system does, without Visual Studio.

Compiles the project's Compile items (including shared .projitems) with Roslyn's csc: no standard library,
NANOFRAMEWORK_1_0 defined, DEBUG/TRACE and optimisation by configuration, references found by file name in
the given folders. Then converts the assembly with the metadata processor (a console build of its shared
sources) into <name>.pe and prints the size of every table it wrote ("table <name> <bytes>").

Used by tools/nanoclr-test.sh; see docs/nanoframework-subset.md ("Running on the real toolchain").
"""
import argparse
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

MSBUILD = "{http://schemas.microsoft.com/developer/msbuild/2003}"


def local(tag):
    """Element name without the MSBuild namespace (newer project files have none)."""
    return tag.split("}")[-1]


def win_path(base, relative):
    return exact_case(os.path.normpath(os.path.join(base, relative.replace("\\", "/"))))


def exact_case(path):
    """The path as spelled on disk: project files written on Windows may name RTC.cs as Rtc.cs."""
    if os.path.exists(path):
        return path
    resolved = os.sep
    for part in path.strip(os.sep).split(os.sep):
        candidate = os.path.join(resolved, part)
        if not os.path.exists(candidate) and os.path.isdir(resolved):
            candidate = next((os.path.join(resolved, n) for n in os.listdir(resolved) if n.lower() == part.lower()), candidate)
        resolved = candidate
    return resolved


def unconditional(element, parents):
    """Items under a Condition (build flavours, package-restore checks) are not part of the default build."""
    node = element
    while node is not None:
        if node.get("Condition"):
            return False
        node = parents.get(node)
    return True


class Project:
    """What the build needs from one .nfproj: sources, references, output kind, language version."""

    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.directory = os.path.dirname(self.path)
        root = ET.parse(self.path).getroot()
        parents = {child: parent for parent in root.iter() for child in parent}
        self.assembly_name = self.output_type = self.lang_version = None
        self.unsafe = False
        self.key_file = None
        self.sources, self.hint_paths, self.project_references = [], [], []
        for element in root.iter():
            name = local(element.tag)
            if name == "AssemblyName":
                self.assembly_name = element.text.strip()
            elif name == "OutputType":
                self.output_type = element.text.strip()
            elif name == "LangVersion":
                self.lang_version = element.text.strip()
            elif name == "AssemblyOriginatorKeyFile" and (element.text or "").strip():
                self.key_file = win_path(self.directory, element.text.strip())
            elif name == "AllowUnsafeBlocks":
                self.unsafe = element.text.strip().lower() == "true"
            elif not unconditional(element, parents):
                continue
            elif name == "Compile" and element.get("Include"):
                self.sources.append(win_path(self.directory, element.get("Include")))
            elif name == "HintPath":
                self.hint_paths.append(element.text.strip())
            elif name == "ProjectReference":
                self.project_references.append(win_path(self.directory, element.get("Include")))
            elif name == "Import" and element.get("Label") == "Shared":
                self.sources.extend(shared_sources(win_path(self.directory, element.get("Project"))))
        self.is_exe = (self.output_type or "").lower() in ("exe", "winexe")
        self.extension = ".exe" if self.is_exe else ".dll"


def shared_sources(projitems):
    base = os.path.dirname(projitems) + "/"
    root = ET.parse(projitems).getroot()
    return [win_path(base, e.get("Include").replace("$(MSBuildThisFileDirectory)", ""))
            for e in root.iter() if local(e.tag) == "Compile" and e.get("Include")]


def find(file_name, folders):
    for folder in folders:
        candidate = os.path.join(folder, file_name)
        if os.path.isfile(candidate):
            return candidate
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nfproj", required=True)
    parser.add_argument("--config", choices=["Debug", "Release"], default="Release")
    parser.add_argument("--out", required=True, help="folder for the .dll/.exe, .pe and .pdbx")
    parser.add_argument("--refs", action="append", default=[], help="folder holding referenced assemblies (repeatable)")
    parser.add_argument("--version", help="AssemblyVersion to stamp when the sources declare none (upstream sets it from version.json)")
    parser.add_argument("--csc", required=True, help="path of Roslyn's csc.dll")
    parser.add_argument("--mdp", required=True, help="path of the metadata processor console (.dll)")
    args = parser.parse_args()

    project = Project(args.nfproj)
    os.makedirs(args.out, exist_ok=True)
    folders = [args.out] + args.refs
    references = []
    for hint in project.hint_paths:
        file_name = os.path.basename(hint.replace("\\", "/"))
        if file_name.lower().endswith(".exe"):
            continue  # the unit test launcher: deployed beside the tests, never compiled against
        found = find(file_name, folders)
        if not found:
            sys.exit(f"{project.assembly_name}: no {file_name} in {folders} (HintPath {hint})")
        references.append(found)
    for reference in project.project_references:
        name = Project(reference).assembly_name
        found = find(name + ".dll", folders) or find(name + ".exe", folders)
        if not found:
            sys.exit(f"{project.assembly_name}: project reference {name} not built yet")
        references.append(found)

    sources = [s for s in project.sources if os.path.isfile(s)]
    missing = [s for s in project.sources if not os.path.isfile(s)]
    if missing:
        sys.exit(f"{project.assembly_name}: listed sources missing: {missing[:3]}")
    declares_version = any(re.search(r"\[\s*assembly\s*:\s*AssemblyVersion", open(s, encoding="utf-8-sig", errors="replace").read()) for s in sources)
    if args.version and not declares_version:
        stamp = os.path.join(args.out, project.assembly_name + ".Version.cs")
        with open(stamp, "w") as f:
            f.write(f'[assembly: System.Reflection.AssemblyVersion("{args.version}")]\n')
        sources.append(stamp)

    output = os.path.join(args.out, project.assembly_name + project.extension)
    debug = args.config == "Debug"
    command = ["dotnet", args.csc, "-nologo", "-noconfig", "-nostdlib+", "-deterministic+", "-nowarn:1591,0618,CS8021",
               "-target:" + ("exe" if project.is_exe else "library"), "-out:" + output,
               "-langversion:" + (project.lang_version or "default"),
               "-define:NANOFRAMEWORK_1_0;TRACE" + (";DEBUG" if debug else ""),
               "-optimize" + ("-" if debug else "+"), "-debug:portable", "-unsafe" + ("+" if project.unsafe else "-")]
    if project.key_file and os.path.isfile(project.key_file):
        command.append("-keyfile:" + project.key_file)  # friend access to mscorlib internals needs the upstream key
    command += ["-r:" + r for r in references] + sources
    compiled = subprocess.run(command, capture_output=True, text=True)
    if compiled.returncode != 0:
        sys.stdout.write(compiled.stdout)
        sys.exit(f"{project.assembly_name} ({args.config}): compile failed")

    # Direct references, so a runner can load the transitive closure of .pe files an assembly needs.
    with open(os.path.join(args.out, project.assembly_name + ".deps"), "w") as f:
        f.writelines(os.path.splitext(os.path.basename(r))[0] + "\n" for r in references)

    pe = os.path.join(args.out, project.assembly_name + ".pe")
    convert = ["dotnet", args.mdp]
    for reference in references:
        convert += ["-loadHints", os.path.splitext(os.path.basename(reference))[0], reference]
    convert += ["-parse", output, "-compile", pe, "false"]
    converted = subprocess.run(convert, capture_output=True, text=True)
    for line in converted.stdout.splitlines():
        print(f"{project.assembly_name} {args.config} {line}")
    if converted.returncode != 0 or not os.path.isfile(pe):
        sys.stderr.write(converted.stderr)
        if os.path.isfile(pe):
            os.remove(pe)  # half-written by a failed conversion: never run it
        sys.exit(f"{project.assembly_name} ({args.config}): metadata processor failed")


if __name__ == "__main__":
    main()
