/**
 * The edges of name matching (src/model/names.ts) as a user meets them: the "Did you mean …?" of an
 * unknown system in GW.ACCELERATORS, through the function Excel calls. A name is compared lower-cased
 * without spaces and punctuation; a typo is near a name when one is a prefix of the other (distance 1)
 * or within max(2, ⌊length ÷ 3⌋) edits of it (insert, delete or replace one character). Expected
 * suggestions are worked out by hand from the catalog's names (src/model/catalog/data).
 */
import { buildNameIndex } from "../../src/model/names";
import { callRegistered, loadRegistered } from "../helpers/registered";

const excel = loadRegistered("src");
const TAIL = "GW.SYSTEMS() lists them all.";

function unknownSystem(text: string): string {
  const outcome = callRegistered(excel, "ACCELERATORS", [1, text]);
  expect(outcome.error?.code).toBe("#N/A");
  return outcome.error!.message;
}

test("a name of punctuation only is near nothing: no suggestion, not every system", () => {
  // "-" normalises to "", which would otherwise be a prefix of every name.
  expect(unknownSystem("-")).toBe(`Unknown system "-". ${TAIL}`);
  expect(unknownSystem("()")).toBe(`Unknown system "()". ${TAIL}`);
});

test("the suggestion is spelled as the entry's key when several of its names normalise alike", () => {
  // "trainiun2" is one replacement (n → m) from "trainium2", which is the key, "Trainium2" and "Trainium 2"
  // alike; the key is listed first. trainium3 is two replacements away.
  expect(unknownSystem("Trainiun2")).toBe(`Unknown system "Trainiun2". Did you mean "trainium2"? ${TAIL}`);
});

test("the beginning of a name suggests every system whose name starts with it", () => {
  // "vera" begins "Vera Rubin" (vera-rubin-nvl72) and "Vera Rubin NVL144 CPX" (rubin-cpx): both at distance 1,
  // though "verarubin" is 5 edits from "vera", more than the 2 allowed.
  expect(unknownSystem("Vera")).toBe(`Unknown system "Vera". Did you mean one of rubin-cpx, vera-rubin-nvl72? ${TAIL}`);
});

test("a name with words after a system's name suggests that system", () => {
  // "trainium2cluster" begins with "trainium2" (distance 1); it is 7 edits from it, more than ⌊16 ÷ 3⌋ = 5.
  expect(unknownSystem("Trainium2 cluster")).toBe(`Unknown system "Trainium2 cluster". Did you mean "trainium2"? ${TAIL}`);
});

test("a short name allows two edits: 'B2OO' (letter O for zero) suggests B200", () => {
  // "b2oo" has 4 characters: limit max(2, ⌊4 ÷ 3⌋ = 1) = 2. "b200" is two replacements away (o → 0, o → 0),
  // and the last row of the edit table reaches 2 only at its end.
  expect(unknownSystem("B2OO")).toBe(`Unknown system "B2OO". Did you mean "B200"? ${TAIL}`);
});

test("a long name allows a third of its length in edits: 'Iornwoood' suggests Ironwood at 3", () => {
  // "iornwoood" has 9 characters: limit max(2, ⌊9 ÷ 3⌋) = 3. To "ironwood": o → r, r → o, delete one o = 3 edits.
  expect(unknownSystem("Iornwoood")).toBe(`Unknown system "Iornwoood". Did you mean "Ironwood"? ${TAIL}`);
});

test("two dropped letters are within reach when the lengths differ by exactly the limit", () => {
  // "trnium2" (7 characters, limit 2) is "trainium2" without its a and i: 2 insertions, lengths 7 and 9.
  expect(unknownSystem("Trnium2")).toBe(`Unknown system "Trnium2". Did you mean "trainium2"? ${TAIL}`);
});

test("matching ignores case only, not spelling: 'Maße' and 'Masse' are two names", () => {
  // Lower-cased, "maße" and "masse" differ (ß is its own letter); they are different words in German too.
  const index = buildNameIndex([{ k: "Maße" }, { k: "Masse" }], (e) => [e.k], (e) => e.k);
  expect(index.find("MASSE")?.k).toBe("Masse");
  expect(index.find("maße")?.k).toBe("Maße");
});
