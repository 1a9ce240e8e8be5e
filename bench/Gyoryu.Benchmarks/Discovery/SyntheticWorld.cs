using Gyoryu.Domain.Discovery.Scoring;

namespace Gyoryu.Benchmarks.Discovery;

/// <summary>
/// A reproducible world at the real shape of the discovery problem: the 243 Korean governments (17 광역 + 226 기초) with
/// their provinces' populations and Korean goal texts, the rest foreign cities in about 200 countries of very unequal size,
/// and a sparse twin network whose degrees are heavy-tailed (a few cities hold dozens of ties, most hold none).
/// </summary>
public sealed class SyntheticWorld
{
    public const int DefaultPlaces = 170_000;

    public const int DefaultTies = 25_000;

    public const int DefaultSeed = 20251122;

    // 광역: Korean name, MOIS prefix, population, centre, number of 기초 below it (세종 and 제주 have none).
    private static readonly (string Name, string Prefix, long Population, double Lat, double Lng, int Basics)[] Provinces =
    [
        ("서울특별시", "11", 9_390_000, 37.56, 126.98, 25),
        ("부산광역시", "26", 3_290_000, 35.18, 129.08, 16),
        ("대구광역시", "27", 2_370_000, 35.87, 128.60, 9),
        ("인천광역시", "28", 3_000_000, 37.46, 126.70, 10),
        ("광주광역시", "29", 1_420_000, 35.16, 126.85, 5),
        ("대전광역시", "30", 1_440_000, 36.35, 127.38, 5),
        ("울산광역시", "31", 1_100_000, 35.54, 129.31, 5),
        ("세종특별자치시", "36", 390_000, 36.48, 127.29, 0),
        ("경기도", "41", 13_630_000, 37.41, 127.52, 31),
        ("충청북도", "43", 1_590_000, 36.80, 127.70, 11),
        ("충청남도", "44", 2_130_000, 36.50, 126.80, 15),
        ("전라남도", "46", 1_800_000, 34.82, 126.46, 22),
        ("경상북도", "47", 2_550_000, 36.49, 128.89, 22),
        ("경상남도", "48", 3_250_000, 35.46, 128.21, 18),
        ("제주특별자치도", "50", 670_000, 33.49, 126.50, 0),
        ("강원특별자치도", "51", 1_530_000, 37.82, 128.16, 18),
        ("전북특별자치도", "52", 1_750_000, 35.72, 127.15, 14),
    ];

    private static readonly string[] KoreanGoals =
    [
        "스마트시티 조성", "탄소중립 도시 실현", "수변 관광 활성화", "반도체 클러스터 육성", "이차전지 소재 산업 유치", "청년 창업 생태계",
        "고령친화 도시", "해양 레저 관광", "스마트 농업 혁신", "국제 물류 허브", "문화예술 도시 브랜드", "역사문화 관광 자원화",
        "원도심 도시재생", "수소 경제 선도 도시", "바이오헬스 산업 거점", "항만 물류 경쟁력 강화", "친환경 에너지 전환", "생태 관광 명소",
        "지역 축제의 세계화", "글로벌 교육 도시", "미래차 부품 산업", "조선 해양 플랜트", "철강 산업 고도화", "첨단 로봇 산업",
        "관광 마이스 산업", "농식품 수출 확대", "수산업 경쟁력", "산림 휴양 도시", "체육 관광 도시", "국제 교류 협력 확대",
        "운하와 수로를 살린 도시", "K-컬처 콘텐츠 산업", "디지털 행정 혁신", "저출산 대응과 돌봄", "방위산업 혁신 클러스터",
        "항공우주 산업 육성", "화장품 뷰티 산업", "섬유 패션 산업 재도약", "신재생에너지 자립", "평화 경제 특구",
    ];

    private static readonly string[] EnglishWords =
    [
        "smart", "city", "port", "canal", "tourism", "heritage", "innovation", "green", "carbon", "neutral", "youth", "startup",
        "education", "university", "culture", "festival", "music", "film", "design", "fashion", "food", "wine", "agriculture",
        "fisheries", "harbour", "logistics", "rail", "airport", "aerospace", "automotive", "steel", "shipbuilding", "battery",
        "semiconductor", "chip", "software", "digital", "data", "health", "hospital", "biotech", "pharma", "ageing", "care",
        "housing", "regeneration", "waterfront", "river", "lake", "mountain", "forest", "timber", "mining", "energy", "hydrogen",
        "solar", "wind", "offshore", "renewable", "water", "climate", "resilience", "mobility", "transit", "cycling", "sports",
        "olympic", "football", "museum", "art", "craft", "ceramics", "textile", "trade", "export", "investment", "finance",
        "banking", "insurance", "tech", "robotics", "automation", "manufacturing", "industry", "cluster", "research", "science",
        "park", "garden", "zoo", "beach", "island", "coast", "ocean", "marine", "fishing", "dairy", "rice", "tea", "coffee",
        "cosmetics", "beauty", "defence", "peace", "friendship", "exchange", "students", "language", "library", "literature",
    ];

    // About 200 real alpha-2 codes, busiest twinning countries first; Korea is added separately.
    private const string CountryCodes =
        "CN JP US DE FR RU GB IT PL ES UA BR MX IN TR NL BE SE NO FI DK CZ SK HU RO BG GR PT AT CH IE CA AU NZ AR CL CO PE VE EC BO PY UY "
        + "VN TH PH ID MY SG KH LA MM MN KZ UZ KG TJ TM AZ GE AM IL JO LB SY IQ IR SA AE QA KW OM YE EG LY TN DZ MA SD ET KE TZ UG RW "
        + "NG GH CI SN ML BF NE TD CM GA CG CD AO ZM ZW MW MZ MG ZA NA BW LS SZ MU SC TW HK MO BD PK LK NP BT AF MV BY LT LV EE MD SI HR "
        + "BA RS ME MK AL XK IS LU MT CY LI MC SM AD CU DO HT JM TT BS BB PA CR NI HN SV GT BZ GY SR FJ PG SB VU WS TO KI FM MH PW NR TV "
        + "TL BN ER DJ SO SS CF GQ ST CV GW GN SL LR TG BJ GM MR KM BI PR GL FO GI BM KY VG AW CW SX NC PF GU MP AS CK NU TK WF PM";

    private SyntheticWorld(IReadOnlyList<PlaceRecord> places, IReadOnlyList<PlaceTie> ties, IReadOnlyDictionary<string, string> countryNames, int koreanCount)
    {
        Places = places;
        Ties = ties;
        CountryNames = countryNames;
        KoreanCount = koreanCount;
    }

    public IReadOnlyList<PlaceRecord> Places { get; }

    public IReadOnlyList<PlaceTie> Ties { get; }

    public IReadOnlyDictionary<string, string> CountryNames { get; }

    /// <summary>The Korean governments come first: places 0..KoreanCount-1.</summary>
    public int KoreanCount { get; }

    public PlaceIndex BuildIndex() => PlaceIndex.Build(Places, Ties, CountryNames);

    public static SyntheticWorld Generate(int places = DefaultPlaces, int ties = DefaultTies, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var records = new List<PlaceRecord>(places);
        AddKoreanGovernments(random, records);
        var koreanCount = records.Count;
        var countries = CountryCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var countryOfPlace = new int[places];
        AddForeignCities(random, records, countries, places - koreanCount, countryOfPlace, koreanCount);
        var names = countries.Append("KR").ToDictionary(c => c, c => c == "KR" ? "한국" : c, StringComparer.Ordinal);
        return new SyntheticWorld(records, MakeTies(random, records, countryOfPlace, koreanCount, ties), names, koreanCount);
    }

    private static void AddKoreanGovernments(Random random, List<PlaceRecord> records)
    {
        foreach (var province in Provinces)
        {
            records.Add(Korean(random, $"KR-{province.Prefix}000", province.Name, province.Population, province.Lat, province.Lng, metropolitan: true));
        }

        foreach (var province in Provinces)
        {
            // Lognormal shares of the province's people: a few cities of half a million beside counties of ten thousand.
            var shares = Enumerable.Range(0, province.Basics).Select(_ => Math.Exp(Normal(random) * 0.9)).ToArray();
            var total = shares.Sum();
            for (var b = 0; b < province.Basics; b++)
            {
                var population = Math.Max(8_000, (long)(province.Population * shares[b] / total));
                var lat = province.Lat + ((random.NextDouble() - 0.5) * 0.8);
                var lng = province.Lng + ((random.NextDouble() - 0.5) * 0.8);
                records.Add(Korean(random, $"KR-{province.Prefix}{(b + 1) * 10:000}", province.Name, population, lat, lng, metropolitan: false));
            }
        }
    }

    private static PlaceRecord Korean(Random random, string id, string province, long population, double lat, double lng, bool metropolitan)
    {
        var industries = RandomMask(random, Industries.Count, random.Next(1, metropolitan ? 7 : 5));
        var tags = RandomMask(random, GoalTags.Count, random.Next(1, 6));
        var goals = Enumerable.Range(0, random.Next(3, 8)).Select(_ => KoreanGoals[random.Next(KoreanGoals.Length)]);
        var text = string.Join(", ", goals) + $" {province} 발전 비전";
        return new PlaceRecord(id, PlaceKind.Korean, "KR", province, population, lat, lng, industries, tags, text);
    }

    private static void AddForeignCities(Random random, List<PlaceRecord> records, string[] countries, int count, int[] countryOfPlace, int offset)
    {
        // Zipf-like country sizes: China and Japan hold thousands of cities, small islands a handful.
        var weights = countries.Select((_, rank) => 1 / Math.Pow(rank + 1, 1.1)).ToArray();
        var sum = weights.Sum();
        var sizes = weights.Select(w => Math.Max(3, (int)(count * w / sum))).ToArray();
        sizes[0] += count - sizes.Sum();
        var i = offset;
        for (var c = 0; c < countries.Length; c++)
        {
            var centreLat = (random.NextDouble() * 120) - 55;
            var centreLng = (random.NextDouble() * 360) - 180;
            var spread = 2 + (Math.Log(sizes[c]) * 1.5);
            var regions = Math.Max(1, (int)Math.Sqrt(sizes[c]) / 2);
            for (var k = 0; k < sizes[c]; k++, i++)
            {
                // Pareto sizes from 1,000 people upwards, capped at megacities.
                var population = (long)Math.Min(30_000_000, 1_000 / Math.Pow(1 - random.NextDouble(), 1 / 0.9));
                var industries = random.NextDouble() < 0.6 ? RandomMask(random, Industries.Count, random.Next(1, 4)) : 0;
                var tags = random.NextDouble() < 0.3 ? RandomMask(random, GoalTags.Count, random.Next(1, 3)) : 0;
                string? text = null;
                if (random.NextDouble() < 0.2)
                {
                    // Skewed word choice so some words are common and others rare, as in real goal statements.
                    text = string.Join(' ', Enumerable.Range(0, random.Next(4, 13)).Select(_ => EnglishWords[(int)(Math.Pow(random.NextDouble(), 2) * EnglishWords.Length)]));
                }

                countryOfPlace[i] = c;
                records.Add(new PlaceRecord(
                    $"FC-{i - offset}",
                    PlaceKind.Foreign,
                    countries[c],
                    $"{countries[c]}-R{random.Next(regions)}",
                    population,
                    Math.Clamp(centreLat + ((random.NextDouble() - 0.5) * spread), -85, 85),
                    centreLng + ((random.NextDouble() - 0.5) * spread),
                    industries,
                    tags,
                    text));
            }
        }
    }

    /// <summary>
    /// Both ends drawn by an activity weight (a Pareto draw times √population, Korean governments more active), so degrees are
    /// heavy-tailed; a third of foreign ties stay inside one country, as national twinning does.
    /// </summary>
    private static List<PlaceTie> MakeTies(Random random, List<PlaceRecord> records, int[] countryOfPlace, int koreanCount, int wanted)
    {
        var activity = new double[records.Count];
        for (var p = 0; p < records.Count; p++)
        {
            var pareto = 1 / Math.Pow(1 - random.NextDouble(), 1 / 2.2);
            activity[p] = pareto * Math.Pow(records[p].Population, 0.3) * (p < koreanCount ? 12 : 1);
        }

        var all = Cumulative(activity, 0, records.Count);
        var firstOfCountry = new Dictionary<int, (int Start, double[] Cumulative)>();
        var seen = new HashSet<(int, int)>();
        var ties = new List<PlaceTie>(wanted);
        while (ties.Count < wanted)
        {
            var a = Draw(random, all);
            int b;
            if (a >= koreanCount && random.NextDouble() < 0.33)
            {
                var country = countryOfPlace[a];
                if (!firstOfCountry.TryGetValue(country, out var within))
                {
                    var start = Array.IndexOf(countryOfPlace, country, koreanCount);
                    var end = start;
                    while (end < records.Count && countryOfPlace[end] == country)
                    {
                        end++;
                    }

                    within = (start, Cumulative(activity, start, end));
                    firstOfCountry[country] = within;
                }

                b = within.Start + Draw(random, within.Cumulative);
            }
            else
            {
                b = Draw(random, all);
            }

            if (a != b && seen.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                ties.Add(new PlaceTie(records[a].Id, records[b].Id));
            }
        }

        return ties;
    }

    private static double[] Cumulative(double[] weights, int start, int end)
    {
        var cumulative = new double[end - start];
        var sum = 0.0;
        for (var i = start; i < end; i++)
        {
            sum += weights[i];
            cumulative[i - start] = sum;
        }

        return cumulative;
    }

    private static int Draw(Random random, double[] cumulative)
    {
        var at = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return Math.Min(at < 0 ? ~at : at, cumulative.Length - 1);
    }

    private static ulong RandomMask(Random random, int bits, int count)
    {
        ulong mask = 0;
        for (var k = 0; k < count; k++)
        {
            mask |= 1UL << random.Next(bits);
        }

        return mask;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
