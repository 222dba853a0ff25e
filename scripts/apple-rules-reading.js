#!/usr/bin/env node
// Prints how Apple's reference parser reads every rule string of a corpus, as normalised JSON
// that tests/rules.rs compares with our parser's reading (src/rules/parse.rs).
//
// Usage: node scripts/apple-rules-reading.js PasswordRulesParser.js RULES.json > READING.json
//
// PasswordRulesParser.js is Apple's (apple/password-manager-resources, MIT); it is loaded from
// the path given, never copied into this project. RULES.json maps names to
// {"password-rules": "..."} as Apple's password-rules.json does. The output maps each name to
// the parser's rule list, [{"name": ..., "value": ...}], class lists as their canonical
// strings ("upper", "[!#$]"), integers capped at 2^32 - 1 (ours saturate there), one name per
// line in sorted order. The parser's console diagnostics are silenced.
"use strict";

const fs = require("fs");
const vm = require("vm");

if (process.argv.length !== 4) {
    process.stderr.write("usage: apple-rules-reading.js PasswordRulesParser.js RULES.json\n");
    process.exit(2);
}
const [parserPath, rulesPath] = process.argv.slice(2);

const quiet = { assert() {}, error() {}, warn() {}, log() {} };
const context = vm.createContext({ console: quiet });
const parsePasswordRules = vm.runInContext(
    fs.readFileSync(parserPath, "utf8") + "\n;parsePasswordRules;",
    context,
    { filename: parserPath },
);

const MAX = 4294967295;
function normalise(rule) {
    const value = Array.isArray(rule.value)
        ? rule.value.map((v) => v.toString())
        : Math.min(rule.value, MAX);
    return { name: rule.name, value };
}

const corpus = JSON.parse(fs.readFileSync(rulesPath, "utf8"));
const names = Object.keys(corpus).sort();
const lines = names.map((name) => {
    const reading = parsePasswordRules(corpus[name]["password-rules"]).map(normalise);
    return JSON.stringify(name) + ": " + JSON.stringify(reading);
});
process.stdout.write("{\n" + lines.join(",\n") + "\n}\n");
