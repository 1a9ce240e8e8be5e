using System.Globalization;
using Gyoryu.Domain.Partners;

namespace Gyoryu.Web.Data.Reference;

/// <summary>The 243 local governments and 제주's two 행정시, from the embedded local-governments.csv.</summary>
public static class LocalGovernmentTable
{
    public const string ResourceName = "Gyoryu.Web.Data.Reference.local-governments.csv";

    private const string Header = "code,name_ko,name_en,province_code,province_ko,tier,population,population_month,latitude,longitude";

    public static IReadOnlyList<LocalGovernment> Load()
    {
        using var stream = typeof(LocalGovernmentTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing; see Gyoryu.Web.csproj.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static IReadOnlyList<LocalGovernment> Parse(TextReader reader)
    {
        var result = new List<LocalGovernment>(250);
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
                if (line != Header)
                {
                    throw new FormatException($"local-governments.csv line {lineNumber}: expected header '{Header}'.");
                }

                headerSeen = true;
                continue;
            }

            // The generator guarantees no value contains a comma, so no quoting is needed.
            var f = line.Split(',');
            if (f.Length != 10)
            {
                throw new FormatException($"local-governments.csv line {lineNumber}: expected 10 columns, found {f.Length}.");
            }

            result.Add(new LocalGovernment(
                code: f[0],
                nameKo: f[1],
                nameEn: f[2],
                provinceCode: f[3],
                provinceKo: f[4],
                tier: Enum.Parse<Tier>(f[5]),
                population: int.Parse(f[6], NumberStyles.None, CultureInfo.InvariantCulture),
                populationMonth: f[7],
                latitude: double.Parse(f[8], NumberStyles.Float, CultureInfo.InvariantCulture),
                longitude: double.Parse(f[9], NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        return result;
    }
}
