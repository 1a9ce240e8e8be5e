using System.Text.Json;
using Gyoryu.Domain.Partners;

namespace Gyoryu.Web.Data.Reference;

/// <summary>Countries from the npm package world-countries (countries.json).</summary>
public static class CountryTable
{
    // translations.kor gives two countries the same name (인도, 도미니카 공화국, 조지아) and some names
    // differ from the ones 외교부 uses; these win over the package.
    private static readonly Dictionary<string, string> KoreanNameFixes = new(StringComparer.Ordinal)
    {
        ["DM"] = "도미니카 연방",
        ["IO"] = "영국령 인도양 지역",
        ["GS"] = "사우스조지아 사우스샌드위치 제도",
        ["KR"] = "대한민국",
        ["KP"] = "북한",
        ["MN"] = "몽골",
        ["TR"] = "튀르키예",
        ["ZA"] = "남아프리카공화국",
    };

    public static string PathIn(string nodeModulesPath) => Path.Combine(nodeModulesPath, "world-countries", "countries.json");

    public static IReadOnlyList<Country> Load(string nodeModulesPath)
    {
        var path = PathIn(nodeModulesPath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing; run npm ci in src/Gyoryu.Web.", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new List<Country>(260);
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var code = item.GetProperty("cca2").GetString()!;
            var nameEn = item.GetProperty("name").GetProperty("common").GetString()!;
            var nameKo = KoreanNameFixes.GetValueOrDefault(code)
                ?? (item.TryGetProperty("translations", out var translations)
                    && translations.TryGetProperty("kor", out var kor)
                    && kor.TryGetProperty("common", out var common)
                    && common.GetString() is { Length: > 0 } ko
                        ? ko
                        : nameEn);
            result.Add(new Country(code, item.GetProperty("cca3").GetString()!, nameKo, nameEn, item.GetProperty("region").GetString()!));
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return result;
    }
}
