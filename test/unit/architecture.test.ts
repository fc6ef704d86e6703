/**
 * The house rules the folder layout promises: src/model knows nothing of Office, the DOM or the layers
 * above it; imports point inward (taskpane → office/functions → model).
 */
import fs from "fs";
import path from "path";

const SRC = path.resolve(__dirname, "../../src");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []);
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/^import[^"']*["']([^"']+)["']/gm)].map((m) => m[1]);
}

const layerOf = (file: string) => path.relative(SRC, file).split(path.sep)[0];

test.each(files(path.join(SRC, "model")).map((f) => [path.relative(SRC, f), f]))("%s is pure: no Office, DOM or outer layer", (_name, file) => {
  const text = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  expect(text).not.toMatch(/\b(Office|Excel|CustomFunctions|document|window|localStorage)\s*[.[]/);
  for (const target of imports(file)) {
    if (!target.startsWith(".")) {
      expect(target).toBe("decimal.js");
      continue;
    }
    expect(layerOf(path.resolve(path.dirname(file), target))).toBe("model");
  }
});

test("functions and office never import the task pane; office never imports functions", () => {
  for (const file of [...files(path.join(SRC, "functions")), ...files(path.join(SRC, "office"))]) {
    for (const target of imports(file).filter((t) => t.startsWith("."))) {
      const layer = layerOf(path.resolve(path.dirname(file), target));
      expect({ file: path.relative(SRC, file), layer }).not.toEqual({ file: path.relative(SRC, file), layer: "taskpane" });
      if (layerOf(file) === "office") expect(["office", "model"]).toContain(layer);
    }
  }
});
