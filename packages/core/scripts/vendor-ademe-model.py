#!/usr/bin/env python3
"""Builds the vendored ADEME model fixture (test/fixtures/ademe-2.2.0/model.json).

ADEME publishes `@incubateur-ademe/publicodes-acv-numerique` 2.2.0 on GitHub only (npm still has
2.1.0). This script does what `publicodes compile` does for the parts the engine needs: it merges
the rule files of `src/` at a pinned commit and resolves their `importer!` blocks against
`@incubateur-ademe/publicodes-commun` at a pinned commit (imported rules are prefixed with
`publicodes-commun . `, their parents are declared, and the attributes given in the import
override the imported rule's own). `formule` and `avec` are left as written: publicodes 1.x
evaluates them as such.

The method is checked by test/ademe-model.test.ts, which builds 2.1.0 the same way and finds the
same values as the npm package 2.1.0 for every rule.

Usage (needs git clones of both repositories):
  python3 scripts/vendor-ademe-model.py <acv-repo> <acv-commit> <commun-repo> <commun-commit> > model.json
"""
import json
import subprocess
import sys

import yaml


def git_show(repo, commit, path):
    return subprocess.run(['git', '-C', repo, 'show', f'{commit}:{path}'], check=True, capture_output=True, text=True).stdout


def git_ls(repo, commit, folder):
    out = subprocess.run(['git', '-C', repo, 'ls-tree', '--name-only', commit, folder + '/'], check=True, capture_output=True, text=True).stdout
    return sorted(line for line in out.splitlines() if line.endswith('.publicodes'))


def main():
    acv_repo, acv_commit, commun_repo, commun_commit = sys.argv[1:5]
    commun = {}
    for path in git_ls(commun_repo, commun_commit, 'src'):
        commun.update(yaml.safe_load(git_show(commun_repo, commun_commit, path)) or {})
    rules = {}
    imported = {}
    for path in git_ls(acv_repo, acv_commit, 'src'):
        doc = yaml.safe_load(git_show(acv_repo, acv_commit, path)) or {}
        for name, rule in doc.items():
            if name == 'importer!':
                for entry in rule['les règles']:
                    if isinstance(entry, str):
                        entry = {entry: {}}
                    for imported_name, overrides in entry.items():
                        base = dict(commun[imported_name] or {})
                        base.update(overrides or {})
                        imported[imported_name] = base
                continue
            rules[name] = rule
    rules['publicodes-commun'] = None
    for name, rule in imported.items():
        parts = name.split(' . ')
        for depth in range(1, len(parts)):
            rules.setdefault('publicodes-commun . ' + ' . '.join(parts[:depth]), None)
        rules['publicodes-commun . ' + name] = rule
    json.dump(rules, sys.stdout, ensure_ascii=False, indent=1, sort_keys=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
