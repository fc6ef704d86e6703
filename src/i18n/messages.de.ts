import type { Messages } from "./messages.en";

/** Ein nächstliegender Name wie eingegeben, oder die Schlüssel mehrerer gleich naher. */
function meintenSie(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return "";
  return suggestions.length === 1 ? ` Meinten Sie „${suggestions[0]}“?` : ` Meinten Sie einen von ${suggestions.join(", ")}?`;
}

/** The function errors in German (Excel shows them in the error indicator's tooltip). */
export const MESSAGES_DE: Messages = {
  missing: (arg) => `${arg} fehlt.`,
  notANumber: (arg, got) => `${arg} muss eine Zahl sein; erhalten: ${got}.`,
  numberNotInCulture: (arg, got, decimal, group) =>
    `${arg} ${got} ist in diesem Arbeitsmappenformat keine Zahl (Dezimalzeichen ${decimal}, Tausendertrennzeichen ${group}, Dreiergruppen). Geben Sie sie in diesem Format oder als Zahl ein.`,
  numberAmbiguous: (arg, got, readings) =>
    `${arg} ${got} ist mehrdeutig: je nach Zahlenformat der Arbeitsmappe, das noch nicht bekannt ist, ${readings.join(" oder ")}. Geben Sie sie als Zahl oder ohne Tausendertrennzeichen ein.`,
  spaceMark: () => "Leerzeichen",
  notFinite: (arg) => `${arg} muss eine endliche Zahl sein.`,
  tooSmall: (arg, min) => `${arg} muss mindestens ${min} sein.`,
  tooLarge: (arg, max) => `${arg} darf höchstens ${max} sein.`,
  notText: (arg, got) => `${arg} muss Text sein; erhalten: ${got}.`,
  notOneCell: (arg) => `${arg} muss ein einzelner Wert sein, kein Bereich aus mehreren Zellen.`,
  tooLong: (arg, max) => `${arg} ist länger als ${max} Zeichen.`,
  notEstimate: (arg, got) =>
    `${arg} „${got}“ ist keine Schätzung. Verwenden Sie „low“, „base“ oder „high“ (die Spanne des Katalogs) oder „p1“ … „p99“ bzw. „mean“ (ein Perzentil oder der Mittelwert von 10.000 simulierten Ergebnissen).`,
  notAllowed: (arg, got, allowed) => `${arg} „${got}“ ist keiner von: ${allowed.join(", ")}.`,
  unknownSystem: (got, suggestions = []) =>
    `Unbekanntes System „${got}“.${meintenSie(suggestions)} GW.SYSTEMS() listet alle.`,
  unknownDeal: (got, suggestions = []) =>
    `Unbekannter Deal „${got}“.${meintenSie(suggestions)} GW.DEALS() listet alle.`,
  ambiguousSystem: (got, keys) => `„${got}“ bezeichnet ${keys.length} Systeme: ${keys.join(", ")} – geben Sie eines davon ein.`,
  ambiguousDeal: (got, keys) => `„${got}“ bezeichnet ${keys.length} Deals: ${keys.join(", ")} – geben Sie einen davon ein.`,
  unknownScenario: (got) => `Kein Szenario „${got}“ in dieser Arbeitsmappe. Legen Sie es im Gigawatt-Bereich an oder lassen Sie das Argument leer.`,
  notPublished: (field, system) => `${field} ist für ${system} nicht veröffentlicht; GW.SOURCE sagt, was bekannt ist.`,
  notApplicable: (field, system, why) => `${field} gibt es bei ${system} nicht (Begründung im Katalog, englisch): ${why}`,
  badDate: (arg, got) => `${arg} ${got} ist kein Datum. Verwenden Sie ein Excel-Datum, ein Jahr wie 2027 oder Text wie 2027-03-31, 2027-Q1 oder 2027-H2.`,
  yearNotWhole: (arg, got) =>
    `${arg} ${got} ist kein Datum: Eine Zahl von 1900 bis 9999 ist ein Jahr und muss ganz sein. Verwenden Sie 2027 für das Jahr oder ein Datum bzw. Text wie 2027-07-01 oder 2027-H2.`,
  textYearOutOfRange: (arg, got) => `${arg} ${got}: Das Jahr muss von 1900 bis 9999 reichen und vierstellig geschrieben sein.`,
  dateOutOfRange: (arg) => `${arg} muss zwischen 1900-03-01 und 9999-12-31 liegen.`,
  fromAfterTo: (from, to) => `from (${from}) liegt nach to (${to}).`,
  tooManyPeriods: (max) => `Der Plan hätte mehr als ${max} Zeilen; wählen Sie eine längere Periode oder eine kürzere Spanne.`,
  emptyRange: (arg) => `${arg} enthält keine Werte.`,
  noServicePrice: (deal) => `${deal} kauft Kapazität als Dienstleistung zu einem nicht veröffentlichten Preis, die Geldflüsse sind daher unbekannt; GW.RECONCILE zeigt, was berichtet wurde.`,
  nothingReported: (deal) => `Für ${deal} sind keine Geldbeträge berichtet.`,
  noCapacity: (deal) => `${deal} ist eine Lizenz ohne Kapazität; GW.FLOWS zeigt ihre Geldflüsse.`,
  resultNotFinite: () => `Das Ergebnis ist zu groß für eine Zahl; verwenden Sie kleinere Eingaben.`,
  planCell: (row, column, label, problem) => `tranches Zeile ${row}${label ? ` („${label}“)` : ""}, Spalte ${column}: ${problem}`,
  planNotTable: () => `tranches muss ein Bereich sein, dessen erste Zeile eine Kopfzeile ist (name, start, end, gw, system, …).`,
  planMissingColumn: (column, accepted, found) =>
    `tranches hat keine Spalte „${column}“ in der Kopfzeile (möglich: ${accepted.join(", ")}; gefunden: ${found.join(", ") || "nichts"}).`,
  planDuplicateColumn: (column) => `tranches hat die Spalte „${column}“ zweimal in der Kopfzeile.`,
  planTooManyRows: (max) => `tranches hat ${max} Zeilen oder mehr; ein Plan nimmt weniger (kleine Tranchen zusammenfassen oder den Plan teilen und die Ergebnisse addieren).`,
  planNoRows: () => `tranches hat eine Kopfzeile, aber keine Tranche darunter.`,
  planEndBeforeStart: (end, start) => `end (${end}) liegt vor start (${start}).`,
  planSeveralSystems: (deal) => `${deal} nutzt mehrere Systeme; geben Sie in system das System dieser Zeile an, oder lassen Sie start, end und gw leer, um die Tranchen des Deals zu behalten.`,
  planNoDealOrGw: () => `füllen Sie gw (und start, end, system) oder nennen Sie einen Deal.`,
  customNotTwoColumns: (arg) =>
    `${arg}: Ein eigenes System ist ein Bereich aus zwei Spalten, Feld und Wert (eine Zeile based_on, dann Felder von GW.SPEC wie system_kw).`,
  customCardAsArgument: (name) =>
    `Die Karte „${name}“ ist ein eigenes System: Seine Werte stehen in der Arbeitsmappe, und die Karte kann sie nicht mitnehmen. Übergeben Sie den Bereich, der es festlegt (based_on und seine Felder), oder das Szenario und den Namen des eigenen Systems.`,
  customNoBase: (arg) => `${arg}: Ein eigenes System braucht eine Zeile based_on mit einem Katalogsystem, z. B. based_on | GB300.`,
  customUnknownField: (arg, field, fields) =>
    `${arg}: „${field}“ ist kein Feld, das ein eigenes System setzen kann; verwenden Sie based_on, name oder eines von: ${fields.join(", ")}.`,
  customDuplicate: (arg, field) => `${arg}: ${field} ist zweimal gesetzt.`,
  customOutOfRange: (arg, field, min, max, positive) => `${arg}: ${field} muss ${positive ? "über" : "mindestens"} ${min} und höchstens ${max} sein.`,
  customIn: (arg, problem) => `${arg}: ${problem}`,
  unknownVersion: (arg, got, kept) => `${arg} „${got}“ ist keine aufbewahrte Katalogversion; aufbewahrt sind: ${kept.join(", ")}.`,
  notBoolean: (arg, got) => `${arg} muss WAHR oder FALSCH sein; erhalten: ${got}.`,
  pinnedVersionMissing: (scenario, version, kept) =>
    `Szenario „${scenario}“ ist auf Katalog ${version} festgelegt, den dieses Gigawatt nicht hat (es bewahrt ${kept.join(", ")} auf). Aktualisieren Sie das Add-in oder stellen Sie das Szenario im Gigawatt-Bereich auf Katalog ${kept[kept.length - 1]} um.`,
};
