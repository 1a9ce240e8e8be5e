using System.ComponentModel.DataAnnotations;
using Gyoryu.Domain.Partners;

namespace Gyoryu.Web.Features.Benefits;

/// <summary>A benefit as the form and the JSON API send it; no partnership means residents of every partner city.</summary>
public sealed class BenefitInput
{
    [Required(ErrorMessage = "혜택명을 입력하세요.")]
    [StringLength(ResidentBenefit.MaxTitleLength, ErrorMessage = "혜택명은 200자 이하로 입력하세요.")]
    public string? Title { get; set; }

    public BenefitCategory Category { get; set; } = BenefitCategory.Facility;

    [Required(ErrorMessage = "이용 방법을 입력하세요.")]
    [StringLength(ResidentBenefit.MaxDetailsLength, ErrorMessage = "이용 방법은 2000자 이하로 입력하세요.")]
    public string? Details { get; set; }

    [Required(ErrorMessage = "장소·제공 기관을 입력하세요.")]
    [StringLength(ResidentBenefit.MaxPlaceLength, ErrorMessage = "장소·제공 기관은 200자 이하로 입력하세요.")]
    public string? Place { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>The one partnership whose partner's residents may claim it; empty for every partner city.</summary>
    public int? PartnershipId { get; set; }

    /// <summary>The version the caller read; required to revise, ignored when offering.</summary>
    public int? Version { get; set; }

    public BenefitTerms ToTerms() => new(Title ?? string.Empty, Category, Details ?? string.Empty, Place ?? string.Empty, ValidFrom, ValidUntil, PartnershipId);

    public static BenefitInput From(ResidentBenefit b) => new()
    {
        Title = b.Title,
        Category = b.Category,
        Details = b.Details,
        Place = b.Place,
        ValidFrom = b.ValidFrom,
        ValidUntil = b.ValidUntil,
        PartnershipId = b.PartnershipId,
        Version = b.Version,
    };
}

/// <summary>게시 or 게시 중단: only the version read.</summary>
public sealed class BenefitStepInput
{
    [Required(ErrorMessage = "버전 정보가 없습니다.")]
    public int? Version { get; set; }
}

/// <summary>A benefit as the officer's API returns it, drafts included.</summary>
public sealed record BenefitItem(
    int Id,
    string OwnerCode,
    string Title,
    BenefitCategory Category,
    string Details,
    string Place,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    int? PartnershipId,
    string? PartnerNameKo,
    string? PartnerNameEn,
    bool IsPublished,
    DateTimeOffset? PublishedAt,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static BenefitItem From(BenefitRow row) => new(
        row.Benefit.Id, row.Benefit.OwnerCode, row.Benefit.Title, row.Benefit.Category, row.Benefit.Details, row.Benefit.Place, row.Benefit.ValidFrom,
        row.Benefit.ValidUntil, row.Benefit.PartnershipId, row.Partner?.PartnerNameKo, row.Partner?.PartnerNameEn, row.Benefit.IsPublished,
        row.Benefit.PublishedAt, row.Benefit.UpdatedBy, row.Benefit.UpdatedAt, row.Benefit.Version);
}
