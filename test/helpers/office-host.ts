/**
 * Just enough of office.js's `Office` global for the functions to ask which requirement sets the host
 * supports (Office.context.requirements.isSetSupported), as a host with or without data types would answer.
 */
export function officeHost(sets: Readonly<Record<string, string>>): { context: { requirements: { isSetSupported(name: string, version?: string): boolean } }; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    context: {
      requirements: {
        isSetSupported(name: string, version = "1.1") {
          asked.push(`${name} ${version}`);
          const have = sets[name];
          if (have === undefined) return false;
          const [a, b] = [have, version].map((v) => v.split(".").map(Number));
          return a[0] > b[0] || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0));
        },
      },
    },
  };
}
