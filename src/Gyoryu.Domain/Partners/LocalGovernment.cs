namespace Gyoryu.Domain.Partners;

/// <summary>A Korean local government (지방자치단체): reference data, and the tenant that owns partnerships.</summary>
public sealed class LocalGovernment
{
    public LocalGovernment(
        string code, string nameKo, string nameEn, string provinceCode, string provinceKo, Tier tier,
        int population, string populationMonth, double latitude, double longitude)
    {
        if (code.Length != 5 || !code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A MOIS code has five digits.", nameof(code));
        }

        Code = code;
        NameKo = nameKo;
        NameEn = nameEn;
        ProvinceCode = provinceCode;
        ProvinceKo = provinceKo;
        Tier = tier;
        Population = population;
        PopulationMonth = populationMonth;
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>5-digit MOIS administrative code (행정표준코드 앞 5자리), e.g. 41570 for 김포시.</summary>
    public string Code { get; private set; }

    public string NameKo { get; private set; }

    public string NameEn { get; private set; }

    /// <summary>Code of the 광역 government this one belongs to (its own code for a 광역).</summary>
    public string ProvinceCode { get; private set; }

    public string ProvinceKo { get; private set; }

    public Tier Tier { get; private set; }

    public int Population { get; private set; }

    /// <summary>Reference month of <see cref="Population"/>, "2025-09".</summary>
    public string PopulationMonth { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    /// <summary>"경기도 김포시" for a 기초, "경기도" for a 광역.</summary>
    public string FullNameKo => Tier == Tier.Metropolitan ? NameKo : $"{ProvinceKo} {NameKo}";

    public string CountryCode => "KR";

    public void UpdateReference(string nameKo, string nameEn, int population, string populationMonth, double latitude, double longitude)
    {
        NameKo = nameKo;
        NameEn = nameEn;
        Population = population;
        PopulationMonth = populationMonth;
        Latitude = latitude;
        Longitude = longitude;
    }
}
