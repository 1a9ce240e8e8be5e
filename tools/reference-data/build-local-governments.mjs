#!/usr/bin/env node
// Builds src/Gyoryu.Web/Data/Reference/local-governments.csv (the 243 local governments plus 제주's two
// 행정시) from the shared reference files. Node 20, no npm dependencies.
//
//   node tools/reference-data/build-local-governments.mjs [shared-data-dir]
//
// shared-data-dir defaults to ../shared/data relative to the repository root. The shared files are read,
// never copied: only facts (names, codes, population, centroids) go into our own CSV, with their sources.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve, relative } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dataDir = resolve(repoRoot, process.argv[2] ?? "../shared/data");
const outFile = join(repoRoot, "src/Gyoryu.Web/Data/Reference/local-governments.csv");

const POPULATION_FILE = "mois_population_2025-09.csv";
const POPULATION_MONTH = "2025-09";
const NAMES_FILE = "kr_municipalities_2018_topo.json";
const BOUNDARIES_FILE = "kr_municipalities_2022.geojson";

const fail = (message) => {
  console.error(`build-local-governments: ${message}`);
  process.exit(1);
};

// 광역: MOIS 2-digit prefix -> official English name, and the KOSTAT prefix used by the 2018 names file.
const PROVINCES = {
  11: { en: "Seoul", kostat: "11" },
  26: { en: "Busan", kostat: "21" },
  27: { en: "Daegu", kostat: "22" },
  28: { en: "Incheon", kostat: "23" },
  29: { en: "Gwangju", kostat: "24" },
  30: { en: "Daejeon", kostat: "25" },
  31: { en: "Ulsan", kostat: "26" },
  36: { en: "Sejong", kostat: "29" },
  41: { en: "Gyeonggi-do", kostat: "31" },
  51: { en: "Gangwon State", kostat: "32" },
  43: { en: "Chungcheongbuk-do", kostat: "33" },
  44: { en: "Chungcheongnam-do", kostat: "34" },
  52: { en: "Jeonbuk State", kostat: "35" },
  46: { en: "Jeollanam-do", kostat: "36" },
  47: { en: "Gyeongsangbuk-do", kostat: "37" },
  48: { en: "Gyeongsangnam-do", kostat: "38" },
  50: { en: "Jeju Special Self-Governing Province", kostat: "39" },
};

// English names the 2018 KOSTAT file lacks, spells without a hyphen, or gets wrong; keyed by MOIS code.
const ENGLISH_NAME_FIXES = {
  28177: "Michuhol-gu", // renamed from 남구 in July 2018; the 2018 file still says 남구
  51780: "Cheorwon-gun", // the 2018 file has "Gongju-si" here, a copy of 공주시
  // Cities split into 일반구: the 2018 file has only the 일반구 ("Suwonsijangangu", 포항 "Nam-gu").
  41110: "Suwon-si",
  41130: "Seongnam-si",
  41170: "Anyang-si",
  41270: "Ansan-si",
  41280: "Goyang-si",
  41460: "Yongin-si",
  43110: "Cheongju-si",
  44130: "Cheonan-si",
  52110: "Jeonju-si",
  47110: "Pohang-si",
  48120: "Changwon-si",
  // Missing hyphen or suffix in the 2018 file.
  41590: "Hwaseong-si",
  41610: "Gwangju-si",
  41630: "Yangju-si",
  41650: "Pocheon-si",
  43745: "Jeungpyeong-gun",
  44250: "Gyeryong-si",
  44270: "Dangjin-si",
};

// MOIS codes that changed since the 2022 boundaries: 강원 42 -> 51, 전북 45 -> 52, 군위 47720 -> 27720.
const toCurrentCode = (code) => {
  if (code === "47720") return "27720";
  if (code.startsWith("42")) return "51" + code.slice(2);
  if (code.startsWith("45")) return "52" + code.slice(2);
  return code;
};

// ---- population: the list of units, their names and 총인구수 ----------------------------------------

const populationText = new TextDecoder("euc-kr").decode(readFileSync(join(dataDir, POPULATION_FILE)));
// Every field of the MOIS export is quoted; numbers carry thousands separators.
const parseCsvLine = (line) => [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]);

const metropolitan = [];
const basic = [];
const administrativeCities = [];
const excluded = [];
const provinceNames = {};

for (const line of populationText.split(/\r?\n/).slice(1)) {
  if (!line.trim()) continue;
  const [label, totalText] = parseCsvLine(line);
  const match = /^(.*?)\s*\((\d{10})\)$/.exec(label);
  if (!match) fail(`unreadable row: ${line}`);
  const parts = match[1].trim().split(/\s+/);
  const fullCode = match[2];
  const code = fullCode.slice(0, 5);
  const population = Number(totalText.replaceAll(",", ""));
  if (!Number.isInteger(population)) fail(`unreadable population: ${line}`);
  const provincePrefix = code.slice(0, 2);
  if (!PROVINCES[provincePrefix]) fail(`unknown province prefix ${provincePrefix}: ${line}`);

  if (parts.length === 1 && fullCode.slice(2) === "00000000") {
    provinceNames[provincePrefix] = parts[0];
    metropolitan.push({ code, nameKo: parts[0], provinceCode: code, provinceKo: parts[0], tier: "Metropolitan", population });
    continue;
  }

  const unitName = parts[1];
  const reason =
    parts.length === 1 ? "single-tier 광역 repeated as its own unit (세종)"
    : parts.length === 3 ? "일반구 (not autonomous)"
    : parts.length !== 2 ? "unexpected name shape"
    : unitName.endsWith("출장소") || population === 0 ? "출장소 (branch office)"
    : !/[시군구]$/.test(unitName) ? "not a 시/군/구"
    : null;
  if (reason) {
    excluded.push({ label: match[1].trim(), code, reason });
    continue;
  }
  if (provinceNames[provincePrefix] !== parts[0]) fail(`province row missing before ${line}`);

  const unit = { code, nameKo: unitName, provinceCode: `${provincePrefix}000`, provinceKo: parts[0], population };
  if (provincePrefix === "50") {
    administrativeCities.push({ ...unit, tier: "AdministrativeCity" });
  } else {
    basic.push({ ...unit, tier: "Basic" });
  }
}

// 행정시 codes as the brief fixes them; their population falls back to the sum of their 읍면동 if absent.
for (const [code, nameKo] of [["50110", "제주시"], ["50130", "서귀포시"]]) {
  if (!administrativeCities.some((c) => c.code === code)) {
    fail(`행정시 ${nameKo} (${code}) is missing from ${POPULATION_FILE}; add its population by hand`);
  }
}

const bySuffix = (suffix) => basic.filter((u) => u.nameKo.endsWith(suffix)).length;
const counts = {
  metropolitan: metropolitan.length,
  basic: basic.length,
  si: bySuffix("시"),
  gun: bySuffix("군"),
  gu: bySuffix("구"),
  administrativeCities: administrativeCities.length,
};
const expected = { metropolitan: 17, basic: 226, si: 75, gun: 82, gu: 69, administrativeCities: 2 };
for (const [key, value] of Object.entries(expected)) {
  if (counts[key] !== value) fail(`expected ${value} ${key}, found ${counts[key]}`);
}
if (counts.metropolitan + counts.basic !== 243) fail("expected 243 local governments");

const rows = [...metropolitan, ...basic, ...administrativeCities];
if (new Set(rows.map((r) => r.code)).size !== rows.length) fail("duplicate codes");

// ---- English names: KOSTAT 2018 name_eng, matched by province and Korean name ----------------------

const topo = JSON.parse(readFileSync(join(dataDir, NAMES_FILE), "utf8"));
const kostatNames = new Map();
for (const geometry of Object.values(topo.objects)[0].geometries) {
  const { code, name, name_eng: nameEng } = geometry.properties;
  kostatNames.set(`${code.slice(0, 2)}:${name}`, nameEng);
}

const suffixEn = { 시: "si", 군: "gun", 구: "gu" };
for (const row of rows) {
  if (row.tier === "Metropolitan") {
    row.nameEn = PROVINCES[row.code.slice(0, 2)].en;
    continue;
  }
  // 군위 moved from 경북 to 대구 in 2023; the 2018 file lists it under 경북.
  const kostatProvince = row.code === "27720" ? PROVINCES[47].kostat : PROVINCES[row.code.slice(0, 2)].kostat;
  row.nameEn = ENGLISH_NAME_FIXES[row.code] ?? kostatNames.get(`${kostatProvince}:${row.nameKo}`);
  if (!row.nameEn) fail(`no English name for ${row.provinceKo} ${row.nameKo} (${row.code}); add it to ENGLISH_NAME_FIXES`);
  const expectedSuffix = suffixEn[row.nameKo.at(-1)];
  if (!new RegExp(`^[A-Z][a-z]+(-[a-z]+)?-${expectedSuffix}$`).test(row.nameEn)) {
    fail(`English name "${row.nameEn}" of ${row.provinceKo} ${row.nameKo} (${row.code}) does not look like *-${expectedSuffix}; fix it in ENGLISH_NAME_FIXES`);
  }
}
// The same English name must mean the same Korean name (catches copy errors such as 철원 "Gongju-si").
const koByEn = new Map();
for (const row of rows) {
  const known = koByEn.get(row.nameEn);
  if (known && known !== row.nameKo) fail(`"${row.nameEn}" is both ${known} and ${row.nameKo}`);
  koByEn.set(row.nameEn, row.nameKo);
}

// ---- centroids: area-weighted over the 2022 boundaries ---------------------------------------------

const boundaries = JSON.parse(readFileSync(join(dataDir, BOUNDARIES_FILE), "utf8"));
const features = boundaries.features.map((f) => ({ code: toCurrentCode(f.properties.code), name: f.properties.name, geometry: f.geometry }));

// Shoelace sums for one ring on a local equirectangular plane (x scaled by cos of the reference latitude).
const ringMoments = (ring, cosLat) => {
  let area2 = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = [ring[j][0] * cosLat, ring[j][1]];
    const [x1, y1] = [ring[i][0] * cosLat, ring[i][1]];
    const cross = x0 * y1 - x1 * y0;
    area2 += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { area: area2 / 2, cx: cx / 6, cy: cy / 6 };
};

const polygonsOf = (geometry) =>
  geometry.type === "Polygon" ? [geometry.coordinates]
  : geometry.type === "MultiPolygon" ? geometry.coordinates
  : fail(`unexpected geometry ${geometry.type}`);

const centroidOf = (parts) => {
  const cosLat = Math.cos((36 * Math.PI) / 180);
  let area = 0, mx = 0, my = 0;
  for (const feature of parts) {
    for (const polygon of polygonsOf(feature.geometry)) {
      polygon.forEach((ring, index) => {
        // Ring orientation varies between sources: outer rings add area, holes subtract it.
        const m = ringMoments(ring, cosLat);
        const sign = Math.sign(m.area) * (index === 0 ? 1 : -1);
        area += sign * m.area;
        mx += sign * m.cx;
        my += sign * m.cy;
      });
    }
  }
  if (!(area > 0)) fail(`no area for ${parts.map((p) => p.code).join(",")}`);
  return { latitude: my / area, longitude: mx / area / cosLat };
};

const usedFeatures = new Set();
for (const row of rows) {
  let parts;
  if (row.tier === "Metropolitan") {
    parts = features.filter((f) => f.code.startsWith(row.code.slice(0, 2)));
  } else {
    parts = features.filter((f) => f.code === row.code);
    // A city split into 일반구 appears only as its 일반구 (41111, 41113, ... for 수원 41110).
    if (parts.length === 0) parts = features.filter((f) => f.code.slice(0, 4) === row.code.slice(0, 4) && f.code[4] !== "0");
  }
  if (parts.length === 0) fail(`no boundary for ${row.provinceKo} ${row.nameKo} (${row.code})`);
  if (row.tier !== "Metropolitan") parts.forEach((p) => usedFeatures.add(p));
  const { latitude, longitude } = centroidOf(parts);
  row.latitude = latitude.toFixed(4);
  row.longitude = longitude.toFixed(4);
  if (!(latitude > 33 && latitude < 39 && longitude > 124 && longitude < 132)) {
    fail(`centroid ${row.latitude},${row.longitude} of ${row.nameKo} (${row.code}) is outside Korea`);
  }
}
// Every 2022 boundary belongs to exactly one basic unit (세종 is its own 광역 and has no basic unit).
const unused = features.filter((f) => !usedFeatures.has(f) && !f.code.startsWith("36"));
if (unused.length) fail(`boundaries not assigned: ${unused.map((f) => `${f.code} ${f.name}`).join(", ")}`);

// ---- write ---------------------------------------------------------------------------------------

const columns = ["code", "name_ko", "name_en", "province_code", "province_ko", "tier", "population", "population_month", "latitude", "longitude"];
const cells = (r) => [r.code, r.nameKo, r.nameEn, r.provinceCode, r.provinceKo, r.tier, String(r.population), POPULATION_MONTH, r.latitude, r.longitude];
for (const row of rows) {
  // The C# reader splits on commas; keep every value free of them rather than quoting.
  if (cells(row).some((c) => /[",\r\n]/.test(c))) fail(`value needs quoting in ${cells(row).join("|")}`);
}

const lines = [
  "# Gyoryu reference table: Korean local governments (17 광역 + 226 기초 = 243) and 제주's two 행정시.",
  `# population: 행정안전부 주민등록 인구통계, 총인구수 ${POPULATION_MONTH} (public statistics); codes are the first 5 digits of the 10-digit MOIS code.`,
  "# name_en: KOSTAT 2018 시군구 boundaries (name_eng), KOGL Type 1 (공공누리 제1유형, source attribution); 광역 names and corrections written by hand in the generator.",
  "# latitude/longitude: area-weighted centroids of the 2022 시군구 boundaries (sgg 2022-03-09), WGS84, 4 decimals.",
  "# Generated by: node tools/reference-data/build-local-governments.mjs [shared-data-dir]; do not edit by hand.",
  columns.join(","),
  ...rows.map((r) => cells(r).join(",")),
];
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, lines.join("\n") + "\n", "utf8");

console.log(`wrote ${relative(repoRoot, outFile)}: ${counts.metropolitan} 광역 + ${counts.basic} 기초 (시 ${counts.si}, 군 ${counts.gun}, 자치구 ${counts.gu}) = ${counts.metropolitan + counts.basic}, plus ${counts.administrativeCities} 행정시`);
const excludedByReason = new Map();
for (const e of excluded) excludedByReason.set(e.reason, [...(excludedByReason.get(e.reason) ?? []), e.label]);
for (const [reason, labels] of excludedByReason) console.log(`excluded ${labels.length} ${reason}: ${labels.join(", ")}`);
