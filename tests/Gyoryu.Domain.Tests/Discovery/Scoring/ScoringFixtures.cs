using Gyoryu.Domain.Discovery.Scoring;

namespace Gyoryu.Domain.Tests.Discovery.Scoring;

/// <summary>Small hand-made places: everything alike unless a test says otherwise, so one difference decides a ranking.</summary>
internal static class ScoringFixtures
{
    public static readonly Dictionary<string, string> CountryNames = new() { ["KR"] = "한국", ["JP"] = "일본", ["CN"] = "중국", ["US"] = "미국", ["DE"] = "독일" };

    /// <summary>A foreign city 1,000 km-ish from Korea by default; vary one attribute per test.</summary>
    public static PlaceRecord Foreign(
        string id, string country = "JP", string region = "Osaka", long population = 300_000, double lat = 34.7, double lng = 135.5,
        ulong industries = 0, ulong tags = 0, string? text = null) =>
        new(id, PlaceKind.Foreign, country, region, population, lat, lng, industries, tags, text);

    public static PlaceRecord Korean(
        string id, string region = "경기도", long population = 300_000, double lat = 37.6, double lng = 126.7,
        ulong industries = 0, ulong tags = 0, string? text = null) =>
        new(id, PlaceKind.Korean, "KR", region, population, lat, lng, industries, tags, text);

    public static PlaceIndex Index(IEnumerable<PlaceRecord> places, params (string A, string B)[] ties) =>
        PlaceIndex.Build(places, ties.Select(t => new PlaceTie(t.A, t.B)), CountryNames);

    public static ScoringWeights Only(string component) => component switch
    {
        "similarity" => new ScoringWeights(1, 0, 0, 0, 0),
        "complementarity" => new ScoringWeights(0, 1, 0, 0, 0),
        "economic" => new ScoringWeights(0, 0, 1, 0, 0),
        "network" => new ScoringWeights(0, 0, 0, 1, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(component)),
    };

    public static IReadOnlyList<string> Ids(this IEnumerable<Recommendation> results) => results.Select(r => r.PlaceId).ToList();

    /// <summary>A reproducible world of Korean governments and foreign cities with random attributes and ties.</summary>
    public static PlaceIndex RandomIndex(int places, int seed)
    {
        var random = new Random(seed);
        string[] countries = ["JP", "CN", "US", "DE", "VN", "FR", "AU", "MN"];
        string[] words = ["수로도시", "관광", "반도체", "스마트시티", "탄소중립", "청년", "농업", "해양", "문화예술", "물류", "교육", "이차전지", "항만", "운하", "축제", "첨단산업", "고령친화", "smart", "port", "canal"];
        var records = new List<PlaceRecord>(places);
        var koreans = places / 8;
        for (var i = 0; i < places; i++)
        {
            var korean = i < koreans;
            ulong industries = 0, tags = 0;
            for (var k = random.Next(0, 4); k > 0; k--)
            {
                industries |= 1UL << random.Next(Industries.Count);
            }

            for (var k = random.Next(0, 4); k > 0; k--)
            {
                tags |= 1UL << random.Next(GoalTags.Count);
            }

            var text = string.Join(' ', Enumerable.Range(0, random.Next(0, 6)).Select(_ => words[random.Next(words.Length)]));
            var country = korean ? "KR" : countries[random.Next(countries.Length)];
            records.Add(new PlaceRecord(
                $"P{i}",
                korean ? PlaceKind.Korean : PlaceKind.Foreign,
                country,
                korean ? $"도{random.Next(17)}" : $"{country}-{random.Next(10)}",
                (long)Math.Exp(random.NextDouble() * 12 + 4),
                korean ? 34 + random.NextDouble() * 4 : -40 + random.NextDouble() * 100,
                korean ? 126 + random.NextDouble() * 4 : -120 + random.NextDouble() * 280,
                industries,
                tags,
                text));
        }

        var ties = new List<PlaceTie>();
        for (var i = 0; i < koreans; i++)
        {
            for (var k = random.Next(0, 12); k > 0; k--)
            {
                var other = random.Next(places);
                if (other != i)
                {
                    ties.Add(new PlaceTie($"P{i}", $"P{other}"));
                }
            }
        }

        return PlaceIndex.Build(records, ties, CountryNames);
    }
}
