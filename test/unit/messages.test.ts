/** Function error messages exist in both languages, and switching language changes what Excel shows. */
import { MESSAGES_EN } from "../../src/i18n/messages.en";
import { MESSAGES_DE } from "../../src/i18n/messages.de";
import { setMessages } from "../../src/i18n/messages";
import { invoke } from "../../src/functions/define";
import { ACCELERATORS } from "../../src/functions/capacity";

afterEach(() => setMessages(MESSAGES_EN));

function messageOf(args: unknown[]): string {
  try {
    invoke(ACCELERATORS, args);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("no error");
}

test("German has every message English has", () => {
  expect(Object.keys(MESSAGES_DE).sort()).toEqual(Object.keys(MESSAGES_EN).sort());
});

test("errors follow the display language", () => {
  const args = [1, "GB3000", null, null, null, null];
  expect(messageOf(args)).toBe('Unknown system "GB3000". Did you mean "GB300"? GW.SYSTEMS() lists them all.');
  setMessages(MESSAGES_DE);
  expect(messageOf(args)).toBe("Unbekanntes System „GB3000“. Meinten Sie „GB300“? GW.SYSTEMS() listet alle.");
  expect(messageOf([-1, "GB300", null, null, null, null])).toBe("gigawatts muss mindestens 0 sein.");
});
