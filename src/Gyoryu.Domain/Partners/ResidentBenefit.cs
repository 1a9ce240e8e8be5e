using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Partners;

/// <summary>What a 자매도시 주민 혜택 is about, as local governments group them.</summary>
public enum BenefitCategory
{
    /// <summary>시설 이용: admission or fees of public facilities.</summary>
    Facility,

    /// <summary>축제·행사.</summary>
    Festival,

    /// <summary>숙박·관광.</summary>
    Lodging,

    /// <summary>기타.</summary>
    Other,
}

/// <summary>The terms an officer writes for a benefit; <see cref="PartnershipId"/> null means residents of every partner city.</summary>
public sealed record BenefitTerms(
    string Title,
    BenefitCategory Category,
    string Details,
    string Place,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    int? PartnershipId);

/// <summary>
/// 자매도시 주민 혜택: a discount or service a local government offers residents of its partner cities (all of them, or
/// the partner of one named partnership), e.g. 시립박물관 입장료 50% 감면 on presenting an ID. Drafts stay internal until published.
/// </summary>
public sealed class ResidentBenefit
{
    public const int MaxTitleLength = 200;
    public const int MaxDetailsLength = 2000;
    public const int MaxPlaceLength = 200;

    private ResidentBenefit()
    {
        OwnerCode = string.Empty;
        Title = string.Empty;
        Details = string.Empty;
        Place = string.Empty;
        CreatedBy = string.Empty;
        UpdatedBy = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>MOIS code of the local government offering the benefit.</summary>
    public string OwnerCode { get; private set; }

    /// <summary>The one partnership whose partner's residents may claim it; null for residents of every partner city.</summary>
    public int? PartnershipId { get; private set; }

    public string Title { get; private set; }

    public BenefitCategory Category { get; private set; }

    /// <summary>How to claim it: 신분증 제시, 사전 예약 ...</summary>
    public string Details { get; private set; }

    /// <summary>Where, or who provides it: 시립박물관, 관내 협약 숙박업소 ...</summary>
    public string Place { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public bool IsPublished { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public bool ForAllPartners => PartnershipId is null;

    /// <summary>Over once its last day has passed.</summary>
    public bool HasEnded(DateOnly today) => ValidUntil is { } until && until < today;

    /// <summary>혜택 등록: a draft that citizens see only once it is published.</summary>
    public static ResidentBenefit Offer(string ownerCode, BenefitTerms terms, Stamp stamp)
    {
        var benefit = new ResidentBenefit
        {
            OwnerCode = ownerCode,
            CreatedBy = stamp.By,
            CreatedAt = stamp.At,
        };
        benefit.Apply(terms, stamp);
        return benefit;
    }

    public void Revise(BenefitTerms terms, Stamp stamp) => Apply(terms, stamp);

    /// <summary>게시: shows the benefit on the public pages.</summary>
    public void Publish(Stamp stamp)
    {
        if (IsPublished)
        {
            throw Refused("publish.already", "이미 게시된 혜택입니다.", "This benefit is already published.");
        }

        if (HasEnded(stamp.Today))
        {
            throw Refused("publish.ended", "기간이 끝난 혜택은 게시할 수 없습니다. 종료일을 고친 뒤 게시하세요.",
                "A benefit whose period has ended cannot be published; change the end date first.", nameof(BenefitTerms.ValidUntil));
        }

        IsPublished = true;
        PublishedAt = stamp.At;
        Touch(stamp);
    }

    /// <summary>게시 중단: takes the benefit off the public pages; it stays for the officers.</summary>
    public void Withdraw(Stamp stamp)
    {
        if (!IsPublished)
        {
            throw Refused("withdraw.not-published", "게시되지 않은 혜택입니다.", "This benefit is not published.");
        }

        IsPublished = false;
        PublishedAt = null;
        Touch(stamp);
    }

    private void Apply(BenefitTerms terms, Stamp stamp)
    {
        // Every noun passed in ends in a consonant, hence 을/은; every check runs before anything is assigned,
        // so a refused revision leaves the benefit as it was.
        var title = Require(terms.Title, MaxTitleLength, nameof(BenefitTerms.Title), "혜택명", "the benefit's title");
        var details = Require(terms.Details, MaxDetailsLength, nameof(BenefitTerms.Details), "이용 방법", "how to claim it");
        var place = Require(terms.Place, MaxPlaceLength, nameof(BenefitTerms.Place), "장소·제공 기관", "the place or provider");
        if (!Enum.IsDefined(terms.Category))
        {
            throw Refused("category", "혜택 분야를 고르세요.", "Choose the kind of benefit.", nameof(BenefitTerms.Category));
        }

        foreach (var (date, field) in new[] { (terms.ValidFrom, nameof(BenefitTerms.ValidFrom)), (terms.ValidUntil, nameof(BenefitTerms.ValidUntil)) })
        {
            if (date is { } d && (d.Year < 2000 || d > stamp.Today.AddYears(10)))
            {
                throw Refused("date", "날짜가 올바르지 않습니다 (2000년부터 10년 뒤까지).", "The date is out of range (2000 to ten years ahead).", field);
            }
        }

        if (terms.ValidFrom is { } from && terms.ValidUntil is { } until && until < from)
        {
            throw Refused("period", "종료일은 시작일보다 앞설 수 없습니다.", "The end date cannot be before the start date.", nameof(BenefitTerms.ValidUntil));
        }

        if (IsPublished && terms.ValidUntil is { } end && end < stamp.Today)
        {
            throw Refused("published.ended", "게시 중인 혜택의 종료일을 지난 날로 바꿀 수 없습니다. 먼저 게시를 중단하세요.",
                "A published benefit cannot be given an end date in the past; withdraw it first.", nameof(BenefitTerms.ValidUntil));
        }

        Title = title;
        Details = details;
        Place = place;
        Category = terms.Category;
        ValidFrom = terms.ValidFrom;
        ValidUntil = terms.ValidUntil;
        PartnershipId = terms.PartnershipId;
        Touch(stamp);
    }

    private static string Require(string? text, int max, string field, string korean, string english)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Refused($"{field.ToLowerInvariant()}.required", $"{korean}을 입력하세요.", $"Enter {english}.", field);
        }

        var trimmed = text.Trim();
        return trimmed.Length <= max
            ? trimmed
            : throw Refused($"{field.ToLowerInvariant()}.too-long", $"{korean}은 {max}자 이하로 입력하세요.", $"Keep {english} to {max} characters.", field);
    }

    private void Touch(Stamp stamp)
    {
        UpdatedBy = stamp.By;
        UpdatedAt = stamp.At;
    }

    private static DomainRuleException Refused(string rule, string korean, string english, string? field = null) =>
        new($"benefit.{rule}", korean, english, field);
}
