/**
 * Builds a language's functions.json from the generated English one and a translation table
 * (src/i18n/functions.<lang>.json). Ids and names stay as they are, so formulas and workbooks are the
 * same in every language; descriptions are translated. Every function, parameter and result line
 * (`returns`, shown on the help pages) must have a translation whose `of` matches the current English
 * text's hash, or the build fails with a list.
 */
const { createHash } = require("crypto");

const englishHash = (text) => createHash("sha256").update(text ?? "").digest("hex").slice(0, 8);

/** `reference` (scripts/declarations.js) adds the result lines to check; without it only Excel's metadata is. */
function localizeMetadata(metadata, table, reference) {
  const problems = [];
  const translate = (where, english, entry) => {
    if (entry === undefined) problems.push(`${where}: no translation`);
    else if (/^TODO\b/.test(entry.text ?? "")) problems.push(`${where}: not translated yet (TODO)`);
    else if (entry.of !== englishHash(english)) problems.push(`${where}: translation is stale (English changed; "of" should be ${englishHash(english)})`);
    return entry?.text ?? english;
  };
  const functions = metadata.functions.map((f, i) => {
    const entry = table.functions[f.id];
    if (reference) translate(`${f.id} (returns)`, reference[i].returns.description, entry?.returns);
    return {
      ...f,
      description: translate(f.id, f.description, entry?.description),
      parameters: f.parameters.map((p) => ({ ...p, description: translate(`${f.id}(${p.name})`, p.description, entry?.parameters?.[p.name]) })),
    };
  });
  for (const id of Object.keys(table.functions)) {
    const f = metadata.functions.find((g) => g.id === id);
    if (!f) problems.push(`${id}: translated but no such function`);
    else for (const name of Object.keys(table.functions[id].parameters ?? {})) {
      if (!f.parameters.some((p) => p.name === name)) problems.push(`${id}(${name}): translated but no such parameter`);
    }
  }
  return { metadata: { ...metadata, functions }, problems };
}

/** Prints the table entries a function needs, with current hashes, for a translator to fill in. */
function translationTemplate(metadata, reference, id) {
  const i = metadata.functions.findIndex((f) => f.id === id);
  if (i === -1) throw new Error(`no function ${id}`);
  const f = metadata.functions[i];
  const entry = (english) => ({ of: englishHash(english), text: `TODO: ${english}` });
  return {
    description: entry(f.description),
    returns: entry(reference[i].returns.description),
    parameters: Object.fromEntries(f.parameters.map((p) => [p.name, entry(p.description)])),
  };
}

module.exports = { localizeMetadata, englishHash, translationTemplate };

if (require.main === module) {
  // node scripts/localize-metadata.js ID: the German entries GW.ID needs (see CONTRIBUTING.md).
  const { loadDeclarations } = require("./declarations");
  const declarations = loadDeclarations();
  console.log(JSON.stringify({ [process.argv[2]]: translationTemplate(declarations.metadata(), declarations.reference, process.argv[2]) }, null, 1));
}
