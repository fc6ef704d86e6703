/**
 * What a system or deal name that finds nothing says: a name several items share ("Stargate") lists
 * every one of them to choose from; any other lists what it is nearest to (one spelling, or every key
 * equally near). Every function that takes a system or deal name answers with these, in the
 * catalog version the call reads.
 */
import type { NameIndex } from "../model/names";
import { messages } from "../i18n/messages";

export function unknownSystemText(text: string, index: NameIndex<unknown>): string {
  const shared = index.sharedBy(text);
  return shared.length > 0 ? messages().ambiguousSystem(text, shared) : messages().unknownSystem(text, index.suggestions(text));
}

export function unknownDealText(text: string, index: NameIndex<unknown>): string {
  const shared = index.sharedBy(text);
  return shared.length > 0 ? messages().ambiguousDeal(text, shared) : messages().unknownDeal(text, index.suggestions(text));
}
