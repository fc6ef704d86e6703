/**
 * functions.json is generated from the declarations (src/functions/metadata.ts). Cross-check: the same
 * declarations written as the JSDoc that Microsoft's generator reads (custom-functions-metadata, the
 * parser behind CustomFunctionsMetadataPlugin) must give the same metadata, so ours stays in the shape
 * Excel expects. And the built dist/functions.json is exactly what the declarations generate.
 */
import { parseTree } from "custom-functions-metadata";
import { FUNCTION_DEFS } from "../../src/functions/registry";
import { functionsMetadata, type MetadataFunction } from "../../src/functions/metadata";
import { readMetadata } from "../helpers/bundle";

const HELP = (id: string) => `https://example.test/help/${id}.html`;

/** The JSDoc-annotated stub a developer would have written for this function before. */
function asJsDoc(f: MetadataFunction): string {
  const type = f.result.dimensionality === "matrix" ? "any[][]" : f.result.type ?? "any";
  const lines = ["/**", ` * ${f.description}`, ` * @customfunction ${f.id}`, ...(f.helpUrl ? [` * @helpurl ${f.helpUrl}`] : [])];
  for (const p of f.parameters) lines.push(` * @param {${p.dimensionality === "matrix" ? "any[][]" : "any"}} ${p.optional ? `[${p.name}]` : p.name} ${p.description}`);
  lines.push(" */");
  const args = f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}: ${p.dimensionality === "matrix" ? "any[][]" : "any"}`).join(", ");
  lines.push(`export function fn_${f.id}(${args}): ${type} { return undefined as any; }`);
  return lines.join("\n");
}

test("Microsoft's JSDoc parser, given the declarations as JSDoc, produces the same functions.json entries", () => {
  const ours = functionsMetadata(FUNCTION_DEFS, HELP);
  const source = ours.functions.map(asJsDoc).join("\n\n");
  const parsed = parseTree(source, "declarations.ts");
  expect(parsed.extras.flatMap((e) => e.errors)).toEqual([]);
  expect(parsed.functions).toEqual(ours.functions);
});

test("dist/functions.json is what the declarations generate (helpUrl aside)", () => {
  const built = readMetadata() as unknown as ReturnType<typeof functionsMetadata>;
  const strip = (m: ReturnType<typeof functionsMetadata>) => ({ ...m, functions: m.functions.map(({ helpUrl: _unused, ...f }) => f) });
  expect(strip(built)).toEqual(strip(functionsMetadata(FUNCTION_DEFS)));
  expect(built.allowCustomDataForDataTypeAny).toBe(true);
});
