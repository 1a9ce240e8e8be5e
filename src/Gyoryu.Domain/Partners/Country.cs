namespace Gyoryu.Domain.Partners;

/// <summary>A country by ISO 3166-1 code, with its Korean and English names.</summary>
public sealed class Country
{
    public Country(string code, string code3, string nameKo, string nameEn, string region)
    {
        Code = code;
        Code3 = code3;
        NameKo = nameKo;
        NameEn = nameEn;
        Region = region;
    }

    /// <summary>ISO 3166-1 alpha-2, e.g. "US".</summary>
    public string Code { get; private set; }

    /// <summary>ISO 3166-1 alpha-3, e.g. "USA".</summary>
    public string Code3 { get; private set; }

    public string NameKo { get; private set; }

    public string NameEn { get; private set; }

    /// <summary>Continent-level region (Asia, Europe, Americas, ...).</summary>
    public string Region { get; private set; }
}
