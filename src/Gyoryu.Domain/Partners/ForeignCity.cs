using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Partners;

/// <summary>A city or region outside Korea that can be a partner: from the world-cities reference list or added by a user.</summary>
public sealed class ForeignCity
{
    private ForeignCity()
    {
        NameEn = string.Empty;
        SearchName = string.Empty;
        CountryCode = string.Empty;
    }

    /// <summary>Prefix of <see cref="ReferenceId"/> for cities created by a twin-town import.</summary>
    public const string TwinListReferencePrefix = "twin:";

    public int Id { get; private set; }

    public string NameEn { get; private set; }

    /// <summary><see cref="NameEn"/> folded by <see cref="SearchText.Fold"/>, what name searches compare against.</summary>
    public string SearchName { get; private set; }

    public string? NameKo { get; private set; }

    /// <summary>ISO alpha-2 code of the country.</summary>
    public string CountryCode { get; private set; }

    /// <summary>State, province or prefecture.</summary>
    public string? AdminRegion { get; private set; }

    public int? Population { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    /// <summary>True for a region (state, province) rather than a city.</summary>
    public bool IsRegion { get; private set; }

    /// <summary>Key in the reference list it came from, null when a user added it.</summary>
    public string? ReferenceId { get; private set; }

    /// <summary>The local government whose user added it; null for reference data.</summary>
    public string? AddedByCode { get; private set; }

    public static ForeignCity FromReference(
        string referenceId, string nameEn, string countryCode, string? adminRegion, int? population, double latitude, double longitude) =>
        new()
        {
            ReferenceId = referenceId,
            NameEn = nameEn,
            SearchName = SearchText.Fold(nameEn),
            CountryCode = countryCode,
            AdminRegion = adminRegion,
            Population = population,
            Latitude = latitude,
            Longitude = longitude,
        };

    /// <summary>A place a twin-town list names that no known city matched; <see cref="ReferenceId"/> marks its origin.</summary>
    public static ForeignCity FromTwinList(string nameEn, string countryCode, double? latitude, double? longitude) =>
        new()
        {
            ReferenceId = TwinListReferenceId(nameEn, countryCode),
            NameEn = nameEn.Trim(),
            SearchName = SearchText.Fold(nameEn),
            CountryCode = countryCode,
            Latitude = latitude is { } lat && double.IsFinite(lat) && lat is >= -90 and <= 90 ? lat : null,
            Longitude = longitude is { } lng && double.IsFinite(lng) && lng is >= -180 and <= 180 ? lng : null,
        };

    /// <summary>One id per name and country, short enough for the column whatever the name's length.</summary>
    public static string TwinListReferenceId(string nameEn, string countryCode)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(SearchText.Fold(nameEn)));
        return $"{TwinListReferencePrefix}{countryCode}:{Convert.ToHexStringLower(hash.AsSpan(0, 8))}";
    }

    public static ForeignCity AddedByUser(
        string addedByCode, string nameEn, string? nameKo, string countryCode, string? adminRegion, bool isRegion,
        int? population, double? latitude, double? longitude)
    {
        if (string.IsNullOrWhiteSpace(nameEn))
        {
            throw new DomainRuleException("foreign-city.name-required", "도시 영문 이름을 입력하세요.", "Enter the city's English name.", "NameEn");
        }

        countryCode = countryCode?.Trim().ToUpperInvariant() ?? string.Empty;
        if (countryCode.Length != 2 || !countryCode.All(char.IsAsciiLetter) || countryCode == "KR")
        {
            throw new DomainRuleException(
                "foreign-city.country", "해외 도시의 국가를 선택하세요(대한민국 제외).", "Choose the foreign city's country (not Korea).", "CountryCode");
        }

        if (latitude is { } lat && (!double.IsFinite(lat) || lat is < -90 or > 90))
        {
            throw new DomainRuleException("foreign-city.coordinates", "위도는 -90에서 90 사이여야 합니다.", "Latitude must be between -90 and 90.", "Latitude");
        }

        if (longitude is { } lng && (!double.IsFinite(lng) || lng is < -180 or > 180))
        {
            throw new DomainRuleException("foreign-city.coordinates", "경도는 -180에서 180 사이여야 합니다.", "Longitude must be between -180 and 180.", "Longitude");
        }

        if (population is < 0)
        {
            throw new DomainRuleException("foreign-city.population", "인구는 0 이상이어야 합니다.", "Population cannot be negative.", "Population");
        }

        return new ForeignCity
        {
            AddedByCode = addedByCode,
            NameEn = nameEn.Trim(),
            SearchName = SearchText.Fold(nameEn),
            NameKo = string.IsNullOrWhiteSpace(nameKo) ? null : nameKo.Trim(),
            CountryCode = countryCode,
            AdminRegion = string.IsNullOrWhiteSpace(adminRegion) ? null : adminRegion.Trim(),
            IsRegion = isRegion,
            Population = population,
            Latitude = latitude,
            Longitude = longitude,
        };
    }

    public void NameInKorean(string nameKo) => NameKo = string.IsNullOrWhiteSpace(nameKo) ? null : nameKo.Trim();
}
