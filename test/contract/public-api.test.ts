/**
 * Shared workbooks store function ids, argument positions, catalog keys and choice names. Once
 * recorded they may only be added to: a rename must keep the old name working (an alias) and the
 * recorded entry stays. New API must be recorded on purpose (`npm run api:record`).
 */
import recorded from "../fixtures/public-api.json";
import { currentApi } from "../../scripts/public-api";
import { DEAL_INDEX, SYSTEM_INDEX } from "../../src/model/catalog";

const current = currentApi();

test.each(Object.entries(recorded.functions))("GW.%s keeps its arguments in order (new ones only at the end)", (id, params) => {
  expect(current.functions[id]?.slice(0, params.length)).toEqual(params);
});

test("recorded system and deal keys still resolve to themselves", () => {
  for (const key of recorded.systems) expect(SYSTEM_INDEX.find(key)?.key).toBe(key);
  for (const key of recorded.deals) expect(DEAL_INDEX.find(key)?.key).toBe(key);
  for (const key of recorded.assumptions) expect(current.assumptions).toContain(key);
});

test.each(Object.entries(recorded.choices))("%s still accepts every recorded choice", (where, values) => {
  for (const value of values) expect(current.choices[where]).toContain(value);
});

test("everything public is recorded (run `npm run api:record` after adding to the API)", () => {
  expect(current).toEqual(recorded);
});
