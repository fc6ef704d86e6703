/** Function error messages exist in both languages, and switching language changes what Excel shows. */
import { MESSAGES_EN } from "../../src/i18n/messages.en";
import { MESSAGES_DE } from "../../src/i18n/messages.de";
import { setMessages } from "../../src/i18n/messages";
import { invoke } from "../../src/functions/define";
import { ACCELERATORS } from "../../src/functions/capacity";
import { DELIVERED } from "../../src/functions/deals";

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

test("a bad date is quoted once, as the user typed it", () => {
  let message = "";
  try {
    invoke(DELIVERED, [[["meta-amd"]], "next year", null, null, null]);
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toBe('date "next year" is not a date. Use an Excel date, a year such as 2027, or text such as 2027-03-31, 2027-Q1 or 2027-H2.');
});
