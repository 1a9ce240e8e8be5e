using System.Globalization;

namespace Gyoryu.Web.Data.Reference;

/// <summary>Local festivals and their host governments, from the embedded festivals.csv (전국문화축제표준데이터).</summary>
public static class FestivalTable
{
    public const string ResourceName = "Gyoryu.Web.Data.Reference.festivals.csv";

    private const string Header = "code,festival,subject,starts_on,ends_on,latitude,longitude";

    public static IReadOnlyList<ReferenceFestival> Load()
    {
        using var reader = EmbeddedCsv.Open(ResourceName);
        return Parse(reader);
    }

    internal static IReadOnlyList<ReferenceFestival> Parse(TextReader reader) =>
        EmbeddedCsv.Rows(reader, "festivals.csv", Header)
            .Select(row => row.Fields)
            .Select(f => new ReferenceFestival(f[0], f[1], f[2].Length == 0 ? null : f[2], Date(f[3]), Date(f[4]), Number(f[5]), Number(f[6])))
            .ToList();

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>A festival as the reference data records it; the subject is what it celebrates (치즈, 인삼, 불빛, ...).</summary>
public sealed record ReferenceFestival(
    string GovernmentCode, string Name, string? Subject, DateOnly? StartsOn, DateOnly? EndsOn, double? Latitude, double? Longitude);
