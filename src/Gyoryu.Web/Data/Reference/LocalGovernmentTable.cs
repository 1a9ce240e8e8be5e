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
        using var reader = EmbeddedCsv.Open(ResourceName);
        return Parse(reader);
    }

    internal static IReadOnlyList<LocalGovernment> Parse(TextReader reader) =>
        EmbeddedCsv.Rows(reader, "local-governments.csv", Header)
            .Select(row => row.Fields)
            .Select(f => new LocalGovernment(
                code: f[0],
                nameKo: f[1],
                nameEn: f[2],
                provinceCode: f[3],
                provinceKo: f[4],
                tier: Enum.Parse<Tier>(f[5]),
                population: int.Parse(f[6], NumberStyles.None, CultureInfo.InvariantCulture),
                populationMonth: f[7],
                latitude: double.Parse(f[8], NumberStyles.Float, CultureInfo.InvariantCulture),
                longitude: double.Parse(f[9], NumberStyles.Float, CultureInfo.InvariantCulture)))
            .ToList();
}
