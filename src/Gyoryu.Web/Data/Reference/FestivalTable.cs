using System.Globalization;
using System.Text;

namespace Gyoryu.Web.Data.Reference;

/// <summary>Local festivals and their host governments, from the embedded festivals.csv (전국문화축제표준데이터).</summary>
public static class FestivalTable
{
    public const string ResourceName = "Gyoryu.Web.Data.Reference.festivals.csv";

    private const string Header = "code,festival,subject,starts_on,ends_on,latitude,longitude";

    public static IReadOnlyList<ReferenceFestival> Load()
    {
        using var stream = typeof(FestivalTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing; see Gyoryu.Web.csproj.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static IReadOnlyList<ReferenceFestival> Parse(TextReader reader)
    {
        var result = new List<ReferenceFestival>(1300);
        var headerSeen = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = line == Header ? true : throw new FormatException($"festivals.csv line {lineNumber}: expected header '{Header}'.");
                continue;
            }

            var f = Split(line);
            if (f.Count != 7)
            {
                throw new FormatException($"festivals.csv line {lineNumber}: expected 7 columns, found {f.Count}.");
            }

            result.Add(new ReferenceFestival(
                f[0], f[1], f[2].Length == 0 ? null : f[2], Date(f[3]), Date(f[4]), Number(f[5]), Number(f[6])));
        }

        return result;
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    // The generator quotes a field only when it holds a comma or a quote (RFC 4180).
    private static List<string> Split(string line)
    {
        var fields = new List<string>(7);
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}

/// <summary>A festival as the reference data records it; the subject is what it celebrates (치즈, 인삼, 불빛, ...).</summary>
public sealed record ReferenceFestival(
    string GovernmentCode, string Name, string? Subject, DateOnly? StartsOn, DateOnly? EndsOn, double? Latitude, double? Longitude);
