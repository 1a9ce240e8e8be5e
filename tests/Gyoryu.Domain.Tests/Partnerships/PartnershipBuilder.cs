using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Tests.Partnerships;

/// <summary>
/// Builds partnerships in any status through the real lifecycle steps, dated in order and before <see cref="Clerk"/>'s today.
/// </summary>
internal static class PartnershipBuilder
{
    public const string Owner = "41570"; // 경기도 김포시

    public const string DomesticPartner = "26110"; // 부산광역시 중구

    public const int PartnerCityId = 42;

    public const ExchangeFields SomeFields = ExchangeFields.CultureArts | ExchangeFields.Tourism;

    /// <summary>Records every builder step: 2026-11-22 12:00 in Korea.</summary>
    public static readonly Stamp Clerk = new("clerk@gimpo", new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    /// <summary>Someone else, an hour later the same Korean day, so a change made by a refused step would show.</summary>
    public static readonly Stamp Colleague = new("colleague@gimpo", new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));

    public static readonly DateOnly GatheredOn = new(2025, 1, 10);
    public static readonly DateOnly MetOn = new(2025, 2, 14);
    public static readonly DateOnly ApprovedOn = new(2025, 4, 8);
    public static readonly DateOnly SignedOn = new(2025, 5, 20);
    public static readonly DateOnly SisterApprovedOn = new(2025, 9, 1);
    public static readonly DateOnly DormantOn = new(2026, 1, 15);
    public static readonly DateOnly TerminatedOn = new(2026, 9, 30);

    /// <summary>After every date the builder records, and not in the future.</summary>
    public static readonly DateOnly NextStepOn = new(2026, 10, 1);

    public static readonly DateOnly FixedTermExpiry = new(2028, 5, 19);

    public static PartnerRef ForeignPartner => new(PartnerKind.ForeignCity, null, PartnerCityId);

    public static Partnership InStatus(PartnershipStatus status, PartnershipType type = PartnershipType.Friendship) => status switch
    {
        PartnershipStatus.Candidate => Candidate(type),
        PartnershipStatus.Exploring => Exploring(type),
        PartnershipStatus.Negotiating => Negotiating(type),
        PartnershipStatus.CouncilApproved => CouncilApproved(type),
        PartnershipStatus.Active => Active(type),
        PartnershipStatus.Dormant => Dormant(type),
        PartnershipStatus.Terminated => Terminated(type),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static Partnership Candidate(PartnershipType intended = PartnershipType.Friendship) =>
        Partnership.RegisterCandidate(Owner, ForeignPartner, "JP", intended, SomeFields, "관광 교류 제안", Clerk);

    public static Partnership Exploring(PartnershipType intended = PartnershipType.Friendship)
    {
        var partnership = Candidate(intended);
        partnership.BeginInformationGathering(GatheredOn, "의향서 발송", Clerk);
        return partnership;
    }

    public static Partnership Negotiating(PartnershipType intended = PartnershipType.Friendship)
    {
        var partnership = Exploring(intended);
        partnership.RecordWorkingMeeting(PartialDate.OfDay(MetOn), "김포시청", "국제협력팀장 외 3명", SomeFields, null, Clerk);
        return partnership;
    }

    public static Partnership CouncilApproved(PartnershipType forType = PartnershipType.SisterCity)
    {
        var partnership = Negotiating(forType);
        partnership.RecordCouncilApproval(ApprovedOn, forType, "제2025-17호", Clerk);
        return partnership;
    }

    /// <summary>Signed; a sister-city agreement goes through council approval first, as the law requires.</summary>
    public static Partnership Active(PartnershipType type = PartnershipType.Friendship, DateOnly? expiresOn = null)
    {
        var partnership = type == PartnershipType.SisterCity ? CouncilApproved(type) : Negotiating(type);
        partnership.SignAgreement(type, SignedOn, "김포아트홀", expiresOn, LifecyclePolicy.Default, Clerk);
        return partnership;
    }

    /// <summary>An active friendship whose council has resolved the sister-city agreement: ready to upgrade.</summary>
    public static Partnership ActiveFriendshipApprovedForSister(DateOnly? expiresOn = null)
    {
        var partnership = Active(PartnershipType.Friendship, expiresOn);
        partnership.RecordCouncilApproval(SisterApprovedOn, PartnershipType.SisterCity, "제2025-41호", Clerk);
        return partnership;
    }

    public static Partnership Dormant(PartnershipType type = PartnershipType.Friendship)
    {
        var partnership = Active(type);
        partnership.MarkDormant(DormantOn, "3년간 교류 실적 없음", Clerk);
        return partnership;
    }

    public static Partnership Terminated(PartnershipType type = PartnershipType.Friendship)
    {
        var partnership = Active(type);
        partnership.Terminate(TerminatedOn, "상대 도시의 교류 중단 요청", "시장 결재", Clerk);
        return partnership;
    }
}
