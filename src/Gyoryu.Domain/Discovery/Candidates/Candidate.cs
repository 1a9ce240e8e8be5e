using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Discovery.Candidates;

/// <summary>
/// A place on a government's candidate board (후보 도시): being considered, taken forward as a partnership, or dropped.
/// </summary>
public sealed class Candidate
{
    public const int MaxNotesLength = 4000;
    public const int MaxReasonLength = 500;

    private static readonly ExchangeFields KnownFields = ExchangeFieldNames.All.Aggregate(ExchangeFields.None, (all, field) => all | field);

    private Candidate()
    {
        OwnerCode = string.Empty;
        PlaceKey = string.Empty;
        CreatedBy = string.Empty;
        UpdatedBy = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The local government whose board this is.</summary>
    public string OwnerCode { get; private set; }

    public string PlaceKey { get; private set; }

    public PartnerKind Kind { get; private set; }

    public string? LocalGovernmentCode { get; private set; }

    public int? ForeignCityId { get; private set; }

    public CandidateSource Source { get; private set; }

    public ExchangeFields PreferredFields { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>The recommender's one-line reason when the candidate came from a recommendation.</summary>
    public string? RecommendationReason { get; private set; }

    public double? RecommendationScore { get; private set; }

    public CandidateStatus Status { get; private set; }

    /// <summary>The partnership it became; null until taken forward.</summary>
    public int? PartnershipId { get; private set; }

    public Partnership? Partnership { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public PartnerRef Place => new(Kind, LocalGovernmentCode, ForeignCityId);

    public bool IsOpen => Status == CandidateStatus.Considering;

    /// <summary>Owner and place: one open candidate per pair.</summary>
    public string BoardKey { get; private set; } = string.Empty;

    public static string BoardKeyOf(string ownerCode, PartnerRef place) => $"{ownerCode}|{Discovery.PlaceKey.Of(place)}";

    public static Candidate Add(
        string ownerCode, PartnerRef place, CandidateSource source, ExchangeFields preferredFields, string? notes, Stamp stamp,
        string? recommendationReason = null, double? recommendationScore = null)
    {
        if (place.IsDomestic && place.LocalGovernmentCode == ownerCode)
        {
            throw new DomainRuleException(
                "candidate.self", "자기 자신을 후보로 등록할 수 없습니다.", "A government cannot be its own candidate.", "Place");
        }

        RequireKnown(source, preferredFields);
        if (recommendationScore is { } score && !double.IsFinite(score))
        {
            throw new DomainRuleException(
                "candidate.score", "추천 점수는 숫자여야 합니다.", "The recommendation score must be a number.", nameof(RecommendationScore));
        }

        return new Candidate
        {
            OwnerCode = ownerCode,
            PlaceKey = Discovery.PlaceKey.Of(place),
            BoardKey = BoardKeyOf(ownerCode, place),
            Kind = place.Kind,
            LocalGovernmentCode = place.LocalGovernmentCode,
            ForeignCityId = place.ForeignCityId,
            Source = source,
            PreferredFields = preferredFields,
            Notes = Text(notes, MaxNotesLength, nameof(Notes)),
            RecommendationReason = Text(recommendationReason, MaxReasonLength, nameof(RecommendationReason)),
            RecommendationScore = recommendationScore,
            Status = CandidateStatus.Considering,
            CreatedBy = stamp.By,
            CreatedAt = stamp.At,
            UpdatedBy = stamp.By,
            UpdatedAt = stamp.At,
        };
    }

    public void Revise(CandidateSource source, ExchangeFields preferredFields, string? notes, Stamp stamp)
    {
        RequireOpen("revise", "검토 중인 후보만 고칠 수 있습니다.", "Only a candidate under consideration can be edited.");
        var checkedNotes = Text(notes, MaxNotesLength, nameof(Notes));
        RequireKnown(source, preferredFields);
        Source = source;
        PreferredFields = preferredFields;
        Notes = checkedNotes;
        Touch(stamp);
    }

    /// <summary>검토 제외: kept on the board, greyed out, with the reason appended to the notes so it is not lost.</summary>
    public void Drop(string? reason, Stamp stamp)
    {
        RequireOpen("drop", "검토 중인 후보만 제외할 수 있습니다.", "Only a candidate under consideration can be dropped.");
        var note = Text(reason, MaxNotesLength, "Reason")
            ?? throw new DomainRuleException("candidate.drop-reason", "제외 사유를 입력하세요.", "Say why the candidate is dropped.", "Reason");
        Notes = Text(Notes is null ? note : $"{Notes}\n{note}", MaxNotesLength, "Reason");
        Status = CandidateStatus.Dropped;
        Touch(stamp);
    }

    /// <summary>
    /// 교류 추진: starts a partnership at the first step of the lifecycle, carrying the preferred fields and the notes as its motive.
    /// </summary>
    public Partnership TakeForward(PartnershipType intendedType, string? partnerCountryCode, Stamp stamp)
    {
        RequireOpen("take-forward", "검토 중인 후보만 교류 추진으로 넘길 수 있습니다.", "Only a candidate under consideration can be taken forward.");
        if (!Enum.IsDefined(intendedType))
        {
            throw new DomainRuleException("candidate.type", "추진할 협약 유형을 선택하세요.", "Choose the type of agreement to aim for.", "Type");
        }

        var motive = Notes ?? RecommendationReason;
        var partnership = Partnerships.Partnership.RegisterCandidate(OwnerCode, Place, partnerCountryCode, intendedType, PreferredFields, motive, stamp);
        Partnership = partnership;
        Status = CandidateStatus.Promoted;
        Touch(stamp);
        return partnership;
    }

    private void RequireOpen(string rule, string korean, string english)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException($"candidate.{rule}", korean, english);
        }
    }

    private static void RequireKnown(CandidateSource source, ExchangeFields preferredFields)
    {
        if (!Enum.IsDefined(source))
        {
            throw new DomainRuleException("candidate.source", "후보가 된 경로를 선택하세요.", "Choose how the candidate came up.", nameof(Source));
        }

        if ((preferredFields & ~KnownFields) != 0)
        {
            throw new DomainRuleException("candidate.fields", "알 수 없는 교류 분야입니다.", "Unknown exchange field.", nameof(PreferredFields));
        }
    }

    private void Touch(Stamp stamp)
    {
        UpdatedBy = stamp.By;
        UpdatedAt = stamp.At;
    }

    private static string? Text(string? value, int max, string field)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return text is not null && text.Length > max
            ? throw new DomainRuleException("candidate.text-too-long", $"{max}자 이하로 입력하세요.", $"Keep it to {max} characters.", field)
            : text;
    }
}
