import type { Source } from "./schema";

/**
 * Citations. Ids follow the project's reference notes (S1 …); official pages were reachable only
 * through mirrors or wire copies, so the URL is the copy that was read and the title names the origin.
 */
const LIST: readonly Source[] = [
  { id: "S1", title: "OpenAI: OpenAI and NVIDIA announce strategic partnership (via telborg.com)", url: "https://telborg.com/thread/44876621", date: "2025-09-22" },
  { id: "S2", title: "Reuters: Nvidia to invest up to $100 billion in OpenAI (via localnewswave.com)", url: "https://localnewswave.com/article/1022664159626883072", date: "2025-09-22" },
  { id: "S3", title: "Reuters/WSJ: Nvidia's plan to invest up to $100 billion in OpenAI has stalled (via stockwatchindex.com)", url: "https://stockwatchindex.com/nvidias-plan-to-invest-up-to-100-billion-in-openai-has-stalled-wsj-reports-2/page/2", date: "2026-01-30" },
  { id: "S5", title: "OpenAI raises $110 billion; NVIDIA $30 billion (fashionunited.uk)", url: "https://fashionunited.uk/news/business/openai-raises-110-billion-dollars-in-record-funding-round/2026022786554", date: "2026-02-27" },
  { id: "S6", title: "OpenAI to deploy 6 gigawatts of AMD GPUs (nasdaq.com)", url: "https://nasdaq.com/articles/openai-deploy-6-gigawatts-amd-gpus", date: "2025-10-06" },
  { id: "S7", title: "AMD Form 8-K, OpenAI agreement and warrant (via stocktitan.net)", url: "https://stocktitan.net/sec-filings/AMD/8-k-advanced-micro-devices-inc-reports-material-event-08f8c00c25e2.html", date: "2025-10-06" },
  { id: "S8", title: "Broadcom and OpenAI: 10 gigawatts of custom accelerators (sherwood.news)", url: "https://sherwood.news/markets/broadcom-soars-after-announcing-deal-with-openai-to-deploy-10-gigawatts-of", date: "2025-10-13" },
  { id: "S10", title: "OpenAI–Cerebras $10 billion chip deal (coinalertnews.com)", url: "https://coinalertnews.com/news/2026/01/15/openai-cerebras-10-billion-chip-deal", date: "2026-01-15" },
  { id: "S11", title: "OpenAI to serve ChatGPT on Cerebras in $10B deal (theglobalpractice.com)", url: "https://theglobalpractice.com/2026/01/16/openai-to-serve-up-chatgpt-on-cerebras-ai-dinner-plates-in-10b-deal", date: "2026-01-16" },
  { id: "S13", title: "NVIDIA licenses Groq technology in reported $20 billion deal (newsghana.com.gh)", url: "https://newsghana.com.gh/nvidia-licenses-groq-technology-in-reported-twenty-billion-deal", date: "2025-12-26" },
  { id: "S14", title: "WSJ via Mint: five things to know about NVIDIA's $20 billion licensing deal", url: "https://livemint.com/technology/five-things-to-know-about-nvidia-s-20-billion-licensing-deal/amp-11767058799399.html", date: "2025-12-30" },
  { id: "S16", title: "NVIDIA's Groq deal produces its first chip (3dtested.com)", url: "https://3dtested.com/tech-industry/semiconductors/nvidias-20-billion-groq-deal-produces-its-first-chip", date: "2026-03-16" },
  { id: "S17", title: "NVIDIA inks gigawatt AI deal with Thinking Machines Lab (techbuzz.ai)", url: "https://techbuzz.ai/articles/nvidia-inks-gigawatt-ai-deal-with-thinking-machines-lab", date: "2026-03-10" },
  { id: "S18", title: "Thinking Machines–NVIDIA gigawatt of Vera Rubin, Reuters-quoted executives (toptechnews.net)", url: "https://toptechnews.net/articles/thinking-machines-nvidia-gigawatt-vera-rubin-2026.html", date: "2026-03-10" },
  { id: "S20", title: "AP: Meta and AMD sign 6-gigawatt deal (via wokv.com)", url: "https://wokv.com/news/business/facebook-owner-meta/YHXFM33PQEY7LEIUFMDQQRSMYM", date: "2026-02-24" },
  { id: "S22", title: "Anthropic–Google: up to one million TPUs (windowsnews.ai)", url: "https://windowsnews.ai/article/anthropics-1-million-tpu-deal-with-google-ai-compute-arms-race-reshapes-cloud-windows-it.387507", date: "2025-10-23" },
  { id: "S23", title: "FT via Tom's Hardware: Oracle orders ~$40B of NVIDIA GPUs for Abilene", url: "https://tomshardware.com/pc-components/gpus/oracle-has-reportedly-placed-an-order-for-usd40-billion-in-nvidia-ai-gpus-for-a-new-openai-data-center", date: "2025-05-24" },
  { id: "S24", title: "Oracle and Crusoe boost cloud compute for Stargate (aicerts.ai)", url: "https://aicerts.ai/news/oracle-crusoe-boost-cloud-compute-for-stargate", date: "2025-10-01" },
  { id: "S25", title: "Sam Altman: Abundant Intelligence (via republicworld.com)", url: "https://blog.samaltman.com/abundant-intelligence", date: "2025-09-23" },
  { id: "S27", title: "In-depth analysis of NVIDIA GB200 (fibermall.com)", url: "https://fibermall.com/blog/in-depth-analysis-for-nvidia-gb200.htm", date: "2024-06-01" },
  { id: "S28", title: "NVIDIA DGX/HGX B200 documentation (via thedailyscout.com)", url: "https://thedailyscout.com/s/mS-qfkbCluI", date: "2025-01-01" },
  { id: "S29", title: "NVIDIA's exaflop supercomputer rack, GB200 NVL72 120 kW (Yahoo News)", url: "https://sg.news.yahoo.com/nvidias-exaflop-supercomputer-rack-looks-142212690.html", date: "2024-03-19" },
  { id: "S31", title: "Tom's Hardware: Rubin Ultra with 600 kW Kyber racks; roadmap table", url: "https://tomshardware.com/pc-components/gpus/nvidia-shows-off-rubin-ultra-with-600-000-watt-kyber-racks-and-infrastructure-coming-in-2027", date: "2025-03-20" },
  { id: "S32", title: "Jensen Huang to CNBC: Blackwell priced $30,000–40,000 (briefbriefing.com)", url: "https://briefbriefing.com/2024/10/03/nvidia-ceo-jensen-huang-says-demand-for-next-generation-blackwell-ai-chip-is-insane", date: "2024-10-03" },
  { id: "S33", title: "Morgan Stanley note: Vera Rubin NVL72 $7.8M rack (faq.com.tw)", url: "https://faq.com.tw/en/hardware/2026-06-25-nvidia-vera-rubin-nvl72-78m-rack-memory-cost-en", date: "2026-06-25" },
  { id: "S34", title: "GB300 Blackwell Ultra NVL72 (epium.com)", url: "https://epium.com/news/nvidia-gb300-blackwell-ultra-nvl72-liquid-cooling-costs-nearly-usd-50000", date: "2025-06-01" },
  { id: "S35", title: "Inside Supermicro GB300 NVL72 (serversimply.com)", url: "https://serversimply.com/blog/inside-supermicro-gb300-nvl72", date: "2025-06-01" },
  { id: "S36", title: "Tom's Hardware: AMD Instinct MI355X will consume 1,400 W", url: "https://tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts", date: "2025-06-01" },
  { id: "S37", title: "NVIDIA GB300 NVL72 (aiwiki.ai)", url: "https://aiwiki.ai/wiki/nvidia_gb300_nvl72", date: "2026-01-01" },
  { id: "S38", title: "What it takes to support NVIDIA's Vera Rubin GPU (techstories.co)", url: "https://techstories.co/what-it-takes-to-support-nvidias-vera-rubin-gpu", date: "2025-06-01" },
  { id: "S39", title: "NVIDIA Rubin in full production, CES 2026 (introl.com)", url: "https://introl.com/blog/nvidia-rubin-full-production-ces-2026-ai-infrastructure", date: "2026-01-05" },
  { id: "S40", title: "Epoch AI, ai-chip-counts (staging/chip_types.csv)", url: "https://github.com/epoch-research/ai-chip-counts", date: "2026-01-01" },
  { id: "S41", title: "The Register: AMD MI355X", url: "https://theregister.com/2025/06/12/amd_mi355x", date: "2025-06-12" },
  { id: "S42", title: "AMD Helios rack (awesomeagents.ai)", url: "https://awesomeagents.ai/hardware/amd-helios", date: "2026-01-01" },
  { id: "S43", title: "Tom's Hardware: Cerebras launches 125-petaflops wafer-scale processor", url: "https://tomshardware.com/tech-industry/artificial-intelligence/cerebras-launches-900000-core-125-petaflops-wafer-scale-processor-for-ai-theoretically-equivalent-to-about-62-nvidia-h100-gpus", date: "2024-03-13" },
  { id: "S44", title: "Cerebras WSE-3 (awesomeagents.ai)", url: "https://awesomeagents.ai/hardware/cerebras-wse-3", date: "2026-01-01" },
  { id: "S45", title: "NVIDIA to debut Groq 3 LPU chip (voice.lapaas.com); v1 specs from TechPowerUp", url: "https://voice.lapaas.com/nvidia-debut-groq-3-lpu-chip", date: "2026-03-16" },
  { id: "S46", title: "Google TPU v7 Ironwood at Hot Chips 2025 (mattfife.com)", url: "https://mattfife.com/?p=15269", date: "2025-08-26" },
  { id: "S47", title: "Huang to CNBC: 10 GW is 4–5 million GPUs (nasniconsultants.com)", url: "https://nasniconsultants.com/nvidia-secures-100b-openai-partnership-to-power-the-next-era-of-ai/information-technology/2025/09/22/diran", date: "2025-09-22" },
  { id: "S48", title: "Huang, Q2 FY26 call: ~$50B per GW, ~$35B NVIDIA (Mint/WSJ)", url: "https://livemint.com/companies/nvidia-is-set-to-get-a-big-boost-from-openai-here-s-how-much-11756731303509.html", date: "2025-09-01" },
  { id: "S54", title: "Uptime Institute: large data centers are mostly more efficient", url: "https://intelligence.uptimeinstitute.com/resource/large-data-centers-are-mostly-more-efficient-analysis-confirms", date: "2023-11-23" },
  { id: "S56", title: "Uptime Institute on new large sites, PUE ≤ 1.3 (cloudnews.tech)", url: "https://cloudnews.tech/uptime-institute-highlights-decline-in-trust-in-ai-and-need-to-improve-sustainability-metrics-in-data-centers", date: "2024-07-01" },
  { id: "S58", title: "Liquid-cooled AI PUE 1.05–1.20 (research-viewer.pages.dev)", url: "https://research-viewer.pages.dev/orbital-ai-datacenters-3/pages/terrestrial-pue", date: "2026-01-01" },
  { id: "GW", title: "Gigawatt planning assumption (no public source; see the note)", url: "", date: "2026-11-25" },
];

export const SOURCES: ReadonlyMap<string, Source> = new Map(LIST.map((source) => [source.id, source]));
