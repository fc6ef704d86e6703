import { exact, range } from "./figure";
import type { DealSpec } from "./schema";

/**
 * The documented deals as tranches of facility GW. Where the public record gives no ramp, the tranche
 * says so (status "assumption") and spreads the capacity evenly; scenarios can override it per year.
 * Keys are public API.
 */
export const DEALS: readonly DealSpec[] = [
  {
    key: "openai-nvidia", name: "OpenAI–NVIDIA (LOI, ≥10 GW Vera Rubin)", buyer: "OpenAI", vendor: "NVIDIA",
    aliases: ["OpenAI NVIDIA", "NVIDIA OpenAI", "OpenAI-NVIDIA LOI"], announced: "2025-09-22", status: "stalled",
    tranches: [
      { start: "2026-07-01", end: "2026-12-31", gigawatts: exact(1, "GW", "reported", "S2"), system: "vera-rubin-nvl72", status: "stalled", source: "S2",
        note: "First GW on Vera Rubin in H2 2026 (LOI); stalled per WSJ, 2026-01-30 (S3)." },
      { start: "2027-01-01", end: "2027-12-31", gigawatts: exact(3, "GW", "assumption", "GW"), system: "vera-rubin-nvl72", status: "assumption", source: "GW",
        note: "No schedule disclosed beyond the first GW; we assume 3 GW of Vera Rubin in 2027." },
      { start: "2028-01-01", end: "2029-12-31", gigawatts: exact(6, "GW", "assumption", "GW"), system: "rubin-ultra-nvl576", status: "assumption", source: "GW",
        note: "We assume the remaining 6 GW of the 'at least 10 GW' on Rubin Ultra over 2028–29." },
    ],
    investmentPerGigawatt: range(0, 10e9, 10e9, "USD", "reported", "S1", "Up to $100B, 'progressively as each gigawatt is deployed'; ~$10B per GW. Low end 0: the LOI stalled (S3)."),
    events: [
      { date: "2026-02-27", usd: exact(30e9, "USD", "reported", "S5"), direction: "investment", status: "binding",
        note: "NVIDIA put $30B into OpenAI's $110B round, outside the LOI's per-GW mechanism." },
    ],
    source: "S1", note: "Letter of intent; the first $10B was to come with a definitive agreement (S2). Huang: 'nothing like' $100B (S4).",
  },
  {
    key: "openai-amd", name: "OpenAI–AMD (6 GW Instinct)", buyer: "OpenAI", vendor: "AMD",
    aliases: ["OpenAI AMD", "AMD OpenAI"], announced: "2025-10-06", status: "binding",
    tranches: [
      { start: "2026-07-01", end: "2026-12-31", gigawatts: exact(1, "GW", "reported", "S7"), system: "mi450-helios", status: "binding", source: "S7",
        note: "Binding commitment for the initial 1 GW of MI450 from H2 2026 (8-K)." },
      { start: "2027-01-01", end: "2029-12-31", gigawatts: exact(5, "GW", "assumption", "GW"), system: "mi450-helios", status: "assumption", source: "GW",
        note: "6 GW over 'multiple generations'; 'through 2029' is unconfirmed. We spread 5 GW evenly over 2027–29 on MI450-class racks." },
    ],
    warrant: { shares: 160e6, fullAtGigawatts: 6, source: "S7",
      note: "Warrant for up to 160M AMD shares at $0.01; first tranche vests with the first GW, all at 6 GW, subject to price targets up to $600." },
    events: [],
    source: "S6", note: "CFO: 'tens of billions of dollars in revenue'.",
  },
  {
    key: "openai-broadcom", name: "OpenAI–Broadcom (10 GW custom accelerators)", buyer: "OpenAI", vendor: "Broadcom",
    aliases: ["OpenAI Broadcom", "Broadcom OpenAI"], announced: "2025-10-13", status: "reported",
    tranches: [
      { start: "2026-07-01", end: "2029-12-31", gigawatts: exact(10, "GW", "reported", "S8"), system: "openai-broadcom-xpu", status: "reported", source: "S8",
        note: "Racks start in H2 2026, 'fully completed by the end of 2029'; even ramp is our assumption (~2.9 GW a year)." },
    ],
    events: [],
    source: "S8", note: "No financial terms disclosed; no equity component (S9).",
  },
  {
    key: "openai-cerebras", name: "OpenAI–Cerebras (750 MW WSE-3)", buyer: "OpenAI", vendor: "Cerebras",
    aliases: ["OpenAI Cerebras", "Cerebras OpenAI"], announced: "2026-01-14", status: "reported",
    tranches: [
      { start: "2026-01-14", end: "2028-12-31", gigawatts: range(0.1, 0.75, 0.75, "GW", "reported", "S10", "'Up to 750 MW'; low end is the first 100 MW reported later (S12, unconfirmed)."),
        system: "cerebras-cs3", status: "reported", source: "S10",
        note: "'Multiple tranches' through 2028; tranche sizes undisclosed, so we spread evenly." },
    ],
    contractUsdPerGigawatt: range(13.3e9, 13.3e9, 26.7e9, "USD", "derived", "S10",
      ">$10B for 750 MW (WSJ) ≈ $13.3B per GW; later reports of $20B (S12, unconfirmed) give the high end. A services contract: OpenAI pays for capacity, not hardware."),
    events: [],
    source: "S11", note: "Value not official.",
  },
  {
    key: "nvidia-thinking-machines", name: "NVIDIA–Thinking Machines (≥1 GW Vera Rubin)", buyer: "Thinking Machines Lab", vendor: "NVIDIA",
    aliases: ["Thinking Machines", "Thinking Machines NVIDIA", "TML NVIDIA", "NVIDIA Thinking Machines"], announced: "2026-03-10", status: "reported",
    tranches: [
      { start: "2027-01-01", end: "2027-12-31", gigawatts: exact(1, "GW", "reported", "S17"), system: "vera-rubin-nvl72", status: "reported", source: "S17",
        note: "'At least one gigawatt' from 'early next year'; an even 2027 ramp is our assumption." },
    ],
    events: [],
    source: "S18", note: "NVIDIA's 'significant investment' is undisclosed. Executives quoted ~$50B per GW.",
  },
  {
    key: "nvidia-groq", name: "NVIDIA–Groq (technology licence)", buyer: "NVIDIA", vendor: "Groq",
    aliases: ["NVIDIA Groq", "Groq", "Groq licence", "Groq license"], announced: "2025-12-24", status: "reported",
    tranches: [],
    events: [
      { date: "2025-12-24", usd: range(13e9, 20e9, 20e9, "USD", "unconfirmed", "S14"), direction: "purchase", status: "reported",
        note: "~$20B non-exclusive licence (not confirmed by the companies); ~$13B paid upfront per WSJ (S15)." },
    ],
    source: "S13", note: "Money, no capacity: Groq 3 LPX ships from Q3 2026 under NVIDIA (S16).",
  },
  {
    key: "meta-amd", name: "Meta–AMD (6 GW Instinct)", buyer: "Meta", vendor: "AMD",
    aliases: ["Meta AMD", "AMD Meta"], announced: "2026-02-24", status: "binding",
    tranches: [
      { start: "2026-07-01", end: "2026-12-31", gigawatts: exact(1, "GW", "reported", "S20"), system: "mi450-helios", status: "binding", source: "S20",
        note: "First GW ships H2 2026: custom MI450 with EPYC Venice on Helios." },
      { start: "2027-01-01", end: "2031-06-30", gigawatts: exact(5, "GW", "assumption", "GW"), system: "mi450-helios", status: "assumption", source: "GW",
        note: "Five years reported; we spread the other 5 GW evenly to mid-2031." },
    ],
    contractUsdPerGigawatt: range(10e9, 13.3e9, 16.7e9, "USD", "reported", "S20",
      "AP: '>$100 billion' vs '$60 billion … five years' for 6 GW: $10–16.7B per GW; base is the midpoint."),
    warrant: { shares: 160e6, fullAtGigawatts: 6, source: "S20", note: "Same 160M-share $0.01 warrant as OpenAI's; first tranche at 1 GW." },
    events: [],
    source: "S21", note: "Reported totals conflict (S20).",
  },
  {
    key: "anthropic-google", name: "Anthropic–Google (up to 1M TPUs)", buyer: "Anthropic", vendor: "Google",
    aliases: ["Anthropic Google", "Google Anthropic", "Anthropic TPU"], announced: "2025-10-23", status: "reported",
    tranches: [
      { start: "2026-01-01", end: "2026-12-31", gigawatts: range(1.0, 1.2, 1.6, "GW", "derived", "S22", "'Well over a gigawatt'; 1M TPUs at our all-in TPU kW gives ~1.6 GW."),
        system: "tpu-v7-ironwood", status: "reported", source: "S22", note: "Online in 2026; even ramp is our assumption." },
    ],
    events: [],
    source: "S22", note: "'Tens of billions of dollars'.",
  },
  {
    key: "stargate-abilene", name: "Stargate Abilene (1.2 GW GB200)", buyer: "OpenAI / Oracle", vendor: "NVIDIA",
    aliases: ["Abilene", "Stargate", "Stargate Abilene"], announced: "2025-05-24", status: "reported",
    tranches: [
      { start: "2025-01-01", end: "2025-09-30", gigawatts: exact(0.3, "GW", "derived", "S24"), system: "gb200-nvl72", status: "reported", source: "S24",
        note: "Two of eight buildings live by autumn 2025 (>200 MW IT): a quarter of 1.2 GW." },
      { start: "2025-10-01", end: "2026-06-30", gigawatts: exact(0.9, "GW", "reported", "S23"), system: "gb200-nvl72", status: "reported", source: "S23",
        note: "Eight buildings of ~50k GPUs by mid-2026." },
    ],
    events: [
      { date: "2025-05-24", usd: exact(40e9, "USD", "reported", "S23"), direction: "purchase", status: "reported",
        note: "Oracle's reported ~$40B order of NVIDIA chips for the site." },
    ],
    source: "S23", note: "Oracle leases the site for 15 years.",
  },
];
