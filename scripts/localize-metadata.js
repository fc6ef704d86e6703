/**
 * Builds a language's functions.json from the generated English one and a translation table
 * (src/i18n/functions.<lang>.json). Ids and names stay as they are, so formulas and workbooks are the
 * same in every language; descriptions are translated. Every function and parameter must have a
 * translation whose `of` matches the current English text's hash, or the build fails with a list.
 */
const { createHash } = require("crypto");

const englishHash = (text) => createHash("sha256").update(text ?? "").digest("hex").slice(0, 8);

function localizeMetadata(metadata, table) {
  const problems = [];
  const translate = (where, english, entry) => {
    if (entry === undefined) problems.push(`${where}: no translation`);
    else if (entry.of !== englishHash(english)) problems.push(`${where}: translation is stale (English changed; "of" should be ${englishHash(english)})`);
    return entry?.text ?? english;
  };
  const functions = metadata.functions.map((f) => {
    const entry = table.functions[f.id];
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

module.exports = { localizeMetadata, englishHash };
