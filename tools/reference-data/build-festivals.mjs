#!/usr/bin/env node
// Builds src/Gyoryu.Web/Data/Reference/festivals.csv: each local festival with the local government that hosts
// it and its subject (치즈, 인삼, 라면, ...), which prefill the governments' specialties and festivals.
// Node 20, no npm dependencies.
//
//   node tools/reference-data/build-festivals.mjs [shared-data-dir]
//
// Reads 전국문화축제표준데이터 (kr_festivals_standard.csv, CP949) from the shared folder, never copies it:
// only facts (festival name, host government, dates, coordinates) go into our own CSV, with the source named.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dataDir = resolve(repoRoot, process.argv[2] ?? "../shared/data");
const governmentsFile = join(repoRoot, "src/Gyoryu.Web/Data/Reference/local-governments.csv");
const outFile = join(repoRoot, "src/Gyoryu.Web/Data/Reference/festivals.csv");
const FESTIVALS_FILE = "kr_festivals_standard.csv";

const fail = (message) => {
  console.error(`build-festivals: ${message}`);
  process.exit(1);
};

// RFC 4180: quoted fields may hold commas, line breaks and doubled quotes.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') { quoted = false; }
      else { field += c; }
    } else if (c === '"') { quoted = true; }
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") { i++; }
      row.push(field); field = "";
      if (row.some((f) => f.length > 0)) { rows.push(row); }
      row = [];
    } else { field += c; }
  }
  if (field.length > 0 || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const csvField = (value) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

// Province names as the addresses write them, old and new, to the names of our table.
const PROVINCE_ALIASES = {
  강원도: "강원특별자치도", 강원: "강원특별자치도",
  전라북도: "전북특별자치도", 전북: "전북특별자치도",
  제주도: "제주특별자치도", 제주: "제주특별자치도",
  서울시: "서울특별시", 서울: "서울특별시",
  부산시: "부산광역시", 부산: "부산광역시", 대구시: "대구광역시", 대구: "대구광역시",
  인천시: "인천광역시", 인천: "인천광역시", 광주시: "광주광역시", 대전시: "대전광역시", 대전: "대전광역시",
  울산시: "울산광역시", 울산: "울산광역시", 세종시: "세종특별자치시", 세종: "세종특별자치시",
  경기: "경기도", 충북: "충청북도", 충남: "충청남도", 전남: "전라남도", 경북: "경상북도", 경남: "경상남도",
};

const governments = readFileSync(governmentsFile, "utf8")
  .split("\n")
  .filter((line) => line && !line.startsWith("#") && !line.startsWith("code,"))
  .map((line) => {
    const [code, nameKo, , , provinceKo, tier] = line.split(",");
    return { code, nameKo, provinceKo, tier };
  });
const byProvinceAndName = new Map(governments.map((g) => [`${g.provinceKo} ${g.nameKo}`, g]));
const metropolitanByName = new Map(governments.filter((g) => g.tier === "Metropolitan").map((g) => [g.nameKo, g]));
const basicNameCounts = governments.reduce((counts, g) => counts.set(g.nameKo, (counts.get(g.nameKo) ?? 0) + 1), new Map());
// An address that starts with the 시/군 itself ("울릉군 울릉읍 ...") names it when no other government shares the name.
const uniqueBasicByName = new Map(governments.filter((g) => g.tier !== "Metropolitan" && basicNameCounts.get(g.nameKo) === 1).map((g) => [g.nameKo, g]));

function hostOf(address) {
  const words = address.trim().split(/\s+/);
  if (words.length === 0 || !words[0]) { return null; }
  const province = PROVINCE_ALIASES[words[0]] ?? words[0];
  const basic = words[1] ? byProvinceAndName.get(`${province} ${words[1]}`) : null;
  return basic ?? metropolitanByName.get(province) ?? uniqueBasicByName.get(words[0]) ?? null;
}

// "구미라면축제" hosted by 구미시 -> "라면"; "포항국제불빛축제" -> "국제불빛".
function subjectOf(name, host) {
  const shortName = host.nameKo.length > 2 ? host.nameKo.replace(/(특별자치시|특별자치도|광역시|특별시|시|군|구)$/, "") : host.nameKo;
  let subject = name.replace(/^(19|20)\d\d\s*(년\s*)?(제\s*\d+\s*회\s*)?/, "").replace(/\s+/g, "");
  if (shortName && subject.startsWith(shortName)) { subject = subject.slice(shortName.length); }
  // "울릉도오징어축제" by 울릉군: the island's name is the host's name plus 도.
  if (host.nameKo.endsWith("군") && subject.startsWith("도") && name.replace(/\s+/g, "").includes(`${shortName}도`)) { subject = subject.slice(1); }
  subject = subject.replace(/(대축제|축제|문화제|페스티벌|페스타|한마당|대잔치)$/, "");
  return subject.length >= 1 && subject.length <= 20 ? subject : "";
}

let text;
try {
  text = new TextDecoder("euc-kr").decode(readFileSync(join(dataDir, FESTIVALS_FILE)));
} catch (error) {
  fail(`cannot read ${join(dataDir, FESTIVALS_FILE)}: ${error.message}`);
}

const [header, ...records] = parseCsv(text);
const column = (name) => {
  const index = header.indexOf(name);
  if (index < 0) { fail(`column ${name} is missing`); }
  return index;
};
const NAME = column("축제명");
const START = column("축제시작일자");
const END = column("축제종료일자");
const ROAD = column("소재지도로명주소");
const LOT = column("소재지지번주소");
const LAT = column("위도");
const LNG = column("경도");
const AS_OF = column("데이터기준일자");

const out = [];
const unmatched = [];
const seen = new Set();
let asOf = "";
for (const record of records) {
  const name = record[NAME].trim();
  const host = hostOf(record[LOT] || record[ROAD] || "");
  if (!host) { unmatched.push(name); continue; }
  const key = `${host.code}|${name}`;
  if (seen.has(key)) { continue; }
  seen.add(key);
  if (record[AS_OF] > asOf) { asOf = record[AS_OF]; }
  const lat = Number.parseFloat(record[LAT]);
  const lng = Number.parseFloat(record[LNG]);
  out.push([
    host.code,
    name,
    subjectOf(name, host),
    record[START].trim(),
    record[END].trim(),
    Number.isFinite(lat) ? lat.toFixed(4) : "",
    Number.isFinite(lng) ? lng.toFixed(4) : "",
  ]);
}

out.sort((a, b) => (a[0] === b[0] ? a[1].localeCompare(b[1], "ko") : a[0].localeCompare(b[0])));
const lines = [
  `# Gyoryu reference table: local festivals and the local government hosting each (${out.length} festivals).`,
  `# source: 전국문화축제표준데이터 (public standard data), data as of ${asOf}; facts only (name, host, dates, coordinates).`,
  "# host: the government of the festival's address; subject: the festival name without the host's name and 축제/문화제/페스티벌.",
  "# Generated by: node tools/reference-data/build-festivals.mjs [shared-data-dir]; do not edit by hand.",
  "code,festival,subject,starts_on,ends_on,latitude,longitude",
  ...out.map((row) => row.map(csvField).join(",")),
];
writeFileSync(outFile, lines.join("\n") + "\n");
console.log(`build-festivals: ${out.length} festivals written to ${outFile}; ${unmatched.length} without a host government`);
if (unmatched.length > 0) { console.log(`  e.g. ${unmatched.slice(0, 10).join(", ")}`); }
