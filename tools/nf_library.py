#!/usr/bin/env python3
"""Finds the upstream source of one nanoFramework library package, at the version a project pins.

Given a package id, version and the file it ships under lib\\ (e.g. nanoFramework.System.Text 1.3.42
nanoFramework.System.Text.dll), it picks the upstream repository, checks out the source of that version and
names the project that builds the file. Prints one tab-separated line:

    <checkout folder>  <.nfproj>  <AssemblyVersion to stamp>  <how the version was chosen>

Repository: packages.json's "source" when the facts folder has an entry for the package and version, else
the package id with and without its "nanoFramework." prefix. A missing checkout is cloned from GitHub.

Version, in this order:
  1. the release tag v<version>;
  2. when that tag does not exist (the release is not in the upstream history), the commit packages.json
     takes that version's facts from ("factsFrom": the nearest available commit, with its own version);
  3. else the checkout as it is, said so in the last column.

Project: the one whose output the package's .nuspec (<id>.nuspec) places at lib\\<file> ("src" folder), so a
repository with several projects of the same AssemblyName (System.Net.Http: full, client-only and
server-only) builds the one the package ships; else the only project with that AssemblyName (tests and
benchmarks left out when there are several).

Used by tools/nanoclr-test.sh; see docs/nanoframework-subset.md ("Running on the real toolchain").
"""
import argparse
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET


def git(folder, *arguments):
    return subprocess.run(["git", "-C", folder] + list(arguments), capture_output=True, text=True)


def facts_entry(facts_folder, package_id, version):
    path = os.path.join(facts_folder or "", "packages.json")
    if not facts_folder or not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        packages = json.load(f)["packages"]
    return next((p for p in packages if p["id"] == package_id and p["version"] == version), None)


def candidates(package_id, entry):
    """(owner, name) of the repositories that may hold the package, most likely first."""
    if entry and entry.get("source"):
        owner, name = entry["source"].split("/", 1)
        return [(owner, name)]
    names = [package_id]
    if package_id.startswith("nanoFramework."):
        names.append(package_id[len("nanoFramework."):])
    return [("nanoframework", n) for n in names]


def switch(folder, revision):
    switched = git(folder, "checkout", "--quiet", revision)
    if switched.returncode != 0:
        sys.exit(f"{folder}: cannot check out {revision}: {switched.stderr.strip()}")


def has_tag(folder, tag):
    return git(folder, "rev-parse", "-q", "--verify", "refs/tags/" + tag).returncode == 0


def checkout(upstream, package_id, version, entry):
    """The checkout folder, left at the source of the version, and how that source was chosen."""
    tag = "v" + version
    folders = []
    for owner, name in candidates(package_id, entry):
        folder = os.path.join(upstream, name)
        if not os.path.exists(os.path.join(folder, ".git")):
            cloned = subprocess.run(["git", "clone", "--quiet", f"https://github.com/{owner}/{name}", folder],
                                    capture_output=True, text=True)
            if cloned.returncode != 0:
                continue
        folders.append(folder)
    if not folders:
        sys.exit(f"{package_id}: no checkout in {upstream} and cloning failed "
                 f"(tried {', '.join(n for _, n in candidates(package_id, entry))})")

    for folder in folders:
        if has_tag(folder, tag):
            switch(folder, tag)
            return folder, "tag " + tag
    folder = folders[0]
    facts_from = (entry or {}).get("factsFrom") or {}
    commit = facts_from.get("commit")
    if commit and git(folder, "cat-file", "-e", commit + "^{commit}").returncode == 0:
        switch(folder, commit)
        return folder, (f"no tag {tag} upstream: commit {commit[:10]} (version {facts_from.get('version')}, "
                        f"{facts_from.get('how')}), which packages.json takes the facts of {version} from")
    head = git(folder, "rev-parse", "--short", "HEAD").stdout.strip()
    reason = f"commit {commit[:10]} of packages.json not in the checkout" if commit else "no known commit"
    return folder, f"no tag {tag} and {reason}: the checkout as it is (HEAD {head})"


def local(tag):
    return tag.split("}")[-1]


def assembly_name(nfproj):
    root = ET.parse(nfproj).getroot()
    return next((e.text.strip() for e in root.iter() if local(e.tag) == "AssemblyName" and e.text), None)


def shipping_folder(folder, package_id, lib_file):
    """The project folder whose output the package's .nuspec ships as lib\\<lib_file>, if a .nuspec says so."""
    for nuspec in sorted(n for n in os.listdir(folder) if n.endswith(".nuspec")):
        root = ET.parse(os.path.join(folder, nuspec)).getroot()
        declared_id = next((e.text for e in root.iter() if local(e.tag) == "id"), None)
        if declared_id != package_id and nuspec != package_id + ".nuspec":
            continue
        for element in root.iter():
            target = (element.get("target") or "").replace("\\", "/")
            if local(element.tag) == "file" and target.lower() == "lib/" + lib_file.lower():
                source = element.get("src").replace("\\", "/")
                return os.path.normpath(os.path.join(folder, source.split("/bin/")[0]))
    return None


def project(folder, package_id, lib_file):
    wanted = os.path.splitext(lib_file)[0]
    projects = []
    for directory, subdirectories, files in os.walk(folder):
        subdirectories[:] = [d for d in subdirectories if not d.startswith(".")]
        projects += [os.path.join(directory, f) for f in files if f.endswith(".nfproj")]
    projects = [p for p in sorted(projects) if assembly_name(p) == wanted]
    shipped = shipping_folder(folder, package_id, lib_file)
    if shipped:
        chosen = [p for p in projects if os.path.dirname(p) == shipped]
        if chosen:
            return chosen[0]
    plain = projects if len(projects) == 1 else \
        [p for p in projects if not re.search(r"test|benchmark", os.path.relpath(p, folder), re.I)]
    if len(plain) != 1:
        sys.exit(f"{package_id}: {len(plain)} projects build {lib_file} in {folder} and no .nuspec names one")
    return plain[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--upstream", required=True, help="folder of the upstream checkouts, named as on GitHub")
    parser.add_argument("--facts", help="folder holding packages.json (upstream package facts); optional")
    parser.add_argument("--id", required=True, help="package id, e.g. nanoFramework.System.Text")
    parser.add_argument("--version", required=True, help="pinned package version, e.g. 1.3.42")
    parser.add_argument("--file", required=True, help="file the package ships under lib\\, e.g. nanoFramework.System.Text.dll")
    args = parser.parse_args()

    entry = facts_entry(args.facts, args.id, args.version)
    folder, how = checkout(args.upstream, args.id, args.version, entry)
    nfproj = project(folder, args.id, args.file)
    version = (entry or {}).get("assemblyVersion") or args.version + ".0"
    print("\t".join([folder, nfproj, version, how]))


if __name__ == "__main__":
    main()
