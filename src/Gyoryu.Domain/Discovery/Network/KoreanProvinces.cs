namespace Gyoryu.Domain.Discovery.Network;

/// <summary>The 17 광역 by the first two digits of the MOIS code, with the English names twin-town lists use for them.</summary>
public static class KoreanProvinces
{
    private static readonly Dictionary<string, (string English, string[] Aliases)> ByPrefix = new(StringComparer.Ordinal)
    {
        ["11"] = ("Seoul", []),
        ["26"] = ("Busan", ["Pusan"]),
        ["27"] = ("Daegu", ["Taegu"]),
        ["28"] = ("Incheon", ["Inchon"]),
        ["29"] = ("Gwangju", ["Kwangju"]),
        ["30"] = ("Daejeon", ["Taejon"]),
        ["31"] = ("Ulsan", []),
        ["36"] = ("Sejong", []),
        ["41"] = ("Gyeonggi", ["Kyonggi"]),
        ["43"] = ("North Chungcheong", ["Chungcheongbuk", "Chungbuk"]),
        ["44"] = ("South Chungcheong", ["Chungcheongnam", "Chungnam"]),
        ["46"] = ("South Jeolla", ["Jeollanam", "Jeonnam"]),
        ["47"] = ("North Gyeongsang", ["Gyeongsangbuk", "Gyeongbuk"]),
        ["48"] = ("South Gyeongsang", ["Gyeongsangnam", "Gyeongnam"]),
        ["50"] = ("Jeju", ["Cheju"]),
        ["51"] = ("Gangwon", ["Kangwon"]),
        ["52"] = ("North Jeolla", ["Jeollabuk", "Jeonbuk"]),
    };

    // Codes before 2023-24 (강원 42, 전북 45) still appear in older data.
    private static readonly Dictionary<string, string> FormerPrefixes = new(StringComparer.Ordinal) { ["42"] = "51", ["45"] = "52" };

    /// <summary>The English name of the 광역 a code belongs to ("Seoul" for 11710), or null for an unknown prefix.</summary>
    public static string? EnglishName(string code) => Prefix(code) is { } prefix ? ByPrefix[prefix].English : null;

    /// <summary>The current two-digit prefix of a code, translating the former 42 and 45; null when unknown.</summary>
    public static string? Prefix(string code)
    {
        if (code.Length < 2)
        {
            return null;
        }

        var prefix = code[..2];
        prefix = FormerPrefixes.GetValueOrDefault(prefix, prefix);
        return ByPrefix.ContainsKey(prefix) ? prefix : null;
    }

    /// <summary>Every English name and alias of each 광역, for building look-ups.</summary>
    public static IEnumerable<(string Prefix, string Name)> Names() =>
        ByPrefix.SelectMany(p => p.Value.Aliases.Prepend(p.Value.English).Select(name => (p.Key, name)));
}
