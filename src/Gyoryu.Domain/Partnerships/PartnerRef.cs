using Gyoryu.Domain.Partners;

namespace Gyoryu.Domain.Partnerships;

public enum PartnerKind
{
    LocalGovernment,
    ForeignCity,
}

/// <summary>Who the partner is: a Korean local government (by MOIS code) or a foreign city (by id).</summary>
public readonly record struct PartnerRef(PartnerKind Kind, string? LocalGovernmentCode, int? ForeignCityId)
{
    public static PartnerRef Of(LocalGovernment government) => new(PartnerKind.LocalGovernment, government.Code, null);

    public static PartnerRef Of(ForeignCity city) => new(PartnerKind.ForeignCity, null, city.Id);

    public bool IsDomestic => Kind == PartnerKind.LocalGovernment;

    public string Key => IsDomestic ? $"LG:{LocalGovernmentCode}" : $"FC:{ForeignCityId}";
}
