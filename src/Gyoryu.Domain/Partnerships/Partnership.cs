using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Partnerships;

/// <summary>
/// A tie between a local government (the owner, the tenant) and a partner, from first contact to termination.
/// Every move goes through a named method that refuses what the lifecycle does not allow and records a timeline entry.
/// </summary>
public sealed class Partnership
{
    private readonly List<WorkingMeeting> meetings = [];
    private readonly List<CouncilApproval> councilApprovals = [];
    private readonly List<TimelineEntry> timeline = [];
    private readonly List<Contact> contacts = [];
    private readonly List<AgreementDocument> documents = [];

    private Partnership()
    {
        OwnerCode = string.Empty;
        PairKey = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>MOIS code of the local government that owns this record.</summary>
    public string OwnerCode { get; private set; }

    public PartnerKind PartnerKind { get; private set; }

    public string? PartnerLocalGovernmentCode { get; private set; }

    public int? PartnerForeignCityId { get; private set; }

    /// <summary>Identifies the pair regardless of which side registered it, so one pair has at most one live tie.</summary>
    public string PairKey { get; private set; }

    public bool IsDomestic => PartnerKind == PartnerKind.LocalGovernment;

    /// <summary>The agreement type signed, or aimed at before signing.</summary>
    public PartnershipType Type { get; private set; }

    public PartnershipStatus Status { get; private set; }

    public ExchangeFields Fields { get; private set; }

    /// <summary>추진 배경: why the two sides came together.</summary>
    public string? Motive { get; private set; }

    /// <summary>교류 연혁 in free text, for history before the system.</summary>
    public string? History { get; private set; }

    /// <summary>What the agreement date rests on (협약서, 의회 의결, 언론 보도 ...).</summary>
    public string? DateBasis { get; private set; }

    /// <summary>Date of the first agreement (friendship, sister or MOU); may be partial or unknown.</summary>
    public PartialDate? SignedOn { get; private set; }

    public PartnershipType? SignedType { get; private set; }

    /// <summary>Year of <see cref="SignedOn"/>, kept as a column so lists can filter by decade.</summary>
    public int? SignedYear { get; private set; }

    public string? SigningPlace { get; private set; }

    public PartialDate? UpgradedOn { get; private set; }

    /// <summary>End of a fixed-term agreement; null when open-ended.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public DateOnly? LastRenewedOn { get; private set; }

    public DateOnly? DormantSince { get; private set; }

    public DateOnly? TerminatedOn { get; private set; }

    public string? TerminationReason { get; private set; }

    /// <summary>Who decided the termination, and how (결재, 의회 의결 ...).</summary>
    public string? TerminationDecision { get; private set; }

    /// <summary>Date of the latest lifecycle step; later steps may not be dated before it.</summary>
    public PartialDate? LastStepOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic-concurrency token, incremented on every save.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<WorkingMeeting> Meetings => meetings;

    public IReadOnlyList<CouncilApproval> CouncilApprovals => councilApprovals;

    public IReadOnlyList<TimelineEntry> Timeline => timeline;

    public IReadOnlyList<Contact> Contacts => contacts;

    public IReadOnlyList<AgreementDocument> Documents => documents;

    public bool IsLive => Status != PartnershipStatus.Terminated;

    public bool IsSigned => Status is PartnershipStatus.Active or PartnershipStatus.Dormant ||
                            (Status == PartnershipStatus.Terminated && SignedType is not null);

    public static string PairKeyOf(string ownerCode, PartnerRef partner)
    {
        if (!partner.IsDomestic)
        {
            return $"{ownerCode}|{partner.Key}";
        }

        // A domestic pair is the same tie whichever side registers it.
        var codes = new[] { ownerCode, partner.LocalGovernmentCode! }.Order(StringComparer.Ordinal).ToArray();
        return $"{codes[0]}|{codes[1]}";
    }

    /// <summary>후보 등록: the first step of the lifecycle.</summary>
    public static Partnership RegisterCandidate(
        string ownerCode, PartnerRef partner, string? partnerCountryCode, PartnershipType intendedType, ExchangeFields fields, string? motive, Stamp stamp)
    {
        var partnership = New(ownerCode, partner, partnerCountryCode, intendedType, fields, motive, stamp);
        partnership.Status = PartnershipStatus.Candidate;
        partnership.Record(TimelineKind.CandidateRegistered, null, motive, stamp);
        return partnership;
    }

    /// <summary>Registers an agreement signed before Gyoryu was used; its date may be partial or unknown.</summary>
    public static Partnership RegisterExistingAgreement(
        string ownerCode, PartnerRef partner, string? partnerCountryCode, PartnershipType type, PartialDate? signedOn,
        ExchangeFields fields, string? history, Stamp stamp, string? signingPlace = null, string? motive = null, string? dateBasis = null)
    {
        var partnership = New(ownerCode, partner, partnerCountryCode, type, fields, motive, stamp);
        if (signedOn is { } date && date.Earliest > stamp.Today)
        {
            throw Refused("date.future", "체결일은 오늘 이후일 수 없습니다.", "The signing date cannot be in the future.", "SignedOn");
        }

        partnership.History = Clean(history);
        partnership.Status = PartnershipStatus.Active;
        partnership.SignedOn = signedOn;
        partnership.SignedYear = signedOn?.Year;
        partnership.SignedType = type;
        partnership.SigningPlace = Clean(signingPlace);
        partnership.DateBasis = Clean(dateBasis);
        partnership.LastStepOn = signedOn;
        partnership.Record(TimelineKind.ExistingAgreementRegistered, signedOn, history, stamp);
        return partnership;
    }

    /// <summary>정보수집·의향 타진.</summary>
    public void BeginInformationGathering(DateOnly on, string? note, Stamp stamp)
    {
        RequireStatus("information-gathering", "정보수집은 후보 단계에서만 시작할 수 있습니다.", "Information gathering starts only from the candidate stage.",
            PartnershipStatus.Candidate);
        RequireStepDate(on, stamp, "On");
        Status = PartnershipStatus.Exploring;
        Step(TimelineKind.InformationGathering, on, note, stamp);
    }

    /// <summary>실무협의: before an agreement, or while an active friendship prepares its upgrade.</summary>
    public WorkingMeeting RecordWorkingMeeting(PartialDate heldOn, string place, string attendees, ExchangeFields agreedFields, string? minutes, Stamp stamp)
    {
        var beforeAgreement = Status is PartnershipStatus.Candidate or PartnershipStatus.Exploring or PartnershipStatus.Negotiating or PartnershipStatus.CouncilApproved;
        var upgradeTalks = Status == PartnershipStatus.Active && Type == PartnershipType.Friendship;
        if (!beforeAgreement && !upgradeTalks)
        {
            throw Refused("working-meeting.status",
                $"{StatusKorean(Status)} 상태에서는 실무협의를 기록할 수 없습니다.",
                $"A working meeting cannot be recorded while the partnership is {Status}.");
        }

        if (string.IsNullOrWhiteSpace(place))
        {
            throw Refused("working-meeting.place", "회의 장소를 입력하세요.", "Enter where the meeting was held.", "Place");
        }

        if (string.IsNullOrWhiteSpace(attendees))
        {
            throw Refused("working-meeting.attendees", "참석자를 입력하세요.", "Enter who attended.", "Attendees");
        }

        RequireStepDate(heldOn, stamp, "HeldOn");
        var meeting = new WorkingMeeting(heldOn, place.Trim(), attendees.Trim(), agreedFields, Clean(minutes));
        meetings.Add(meeting);
        if (Status is PartnershipStatus.Candidate or PartnershipStatus.Exploring)
        {
            Status = PartnershipStatus.Negotiating;
        }

        Step(TimelineKind.WorkingMeeting, heldOn, $"{place.Trim()} · {attendees.Trim()}", stamp);
        return meeting;
    }

    /// <summary>의회 의결: after working-level talks, or for the upgrade of an active friendship.</summary>
    public void RecordCouncilApproval(DateOnly approvedOn, PartnershipType forType, string? resolutionNumber, Stamp stamp)
    {
        var upgrade = Status == PartnershipStatus.Active && Type == PartnershipType.Friendship && forType == PartnershipType.SisterCity;
        if (Status != PartnershipStatus.Negotiating && Status != PartnershipStatus.CouncilApproved && !upgrade)
        {
            throw Refused("council-approval.status",
                Status is PartnershipStatus.Candidate or PartnershipStatus.Exploring
                    ? "의회 의결은 실무협의를 기록한 뒤에 할 수 있습니다."
                    : $"{StatusKorean(Status)} 상태에서는 의회 의결을 기록할 수 없습니다.",
                Status is PartnershipStatus.Candidate or PartnershipStatus.Exploring
                    ? "Council approval comes after working-level talks have been recorded."
                    : $"Council approval cannot be recorded while the partnership is {Status}.");
        }

        RequireStepDate(approvedOn, stamp, "ApprovedOn");
        if (!upgrade)
        {
            // Before signing, the council decides which agreement is aimed at.
            Type = forType;
        }

        councilApprovals.Add(new CouncilApproval(approvedOn, forType, Clean(resolutionNumber)));
        if (!upgrade)
        {
            Status = PartnershipStatus.CouncilApproved;
        }

        Step(TimelineKind.CouncilApproval, approvedOn, $"{TypeKorean(forType)} · {Clean(resolutionNumber)}".TrimEnd(' ', '·'), stamp);
    }

    /// <summary>협약 체결: signs a friendship, sister-city or exchange MOU agreement.</summary>
    public void SignAgreement(PartnershipType type, DateOnly signedOn, string? place, DateOnly? expiresOn, LifecyclePolicy policy, Stamp stamp)
    {
        if (Status is not (PartnershipStatus.Negotiating or PartnershipStatus.CouncilApproved))
        {
            throw Refused("sign.status",
                Status is PartnershipStatus.Candidate or PartnershipStatus.Exploring
                    ? "협약을 체결하기 전에 실무협의를 먼저 기록하세요."
                    : $"{StatusKorean(Status)} 상태에서는 협약을 체결할 수 없습니다.",
                Status is PartnershipStatus.Candidate or PartnershipStatus.Exploring
                    ? "Record a working-level meeting before signing an agreement."
                    : $"An agreement cannot be signed while the partnership is {Status}.");
        }

        var needsCouncil = type == PartnershipType.SisterCity || (type == PartnershipType.Friendship && policy.CouncilApprovalRequiredForFriendship);
        if (needsCouncil && !councilApprovals.Any(a => a.ForType == type))
        {
            throw Refused("sign.council-approval-required",
                $"{TypeKorean(type)} 협약은 의회 의결이 있어야 체결할 수 있습니다.",
                $"A {TypeEnglish(type)} agreement needs the council's approval first.");
        }

        RequireStepDate(signedOn, stamp, "SignedOn");
        RequireExpiryAfter(expiresOn, signedOn);
        Type = type;
        SignedType = type;
        SignedOn = PartialDate.OfDay(signedOn);
        SignedYear = signedOn.Year;
        SigningPlace = Clean(place);
        ExpiresOn = expiresOn;
        Status = PartnershipStatus.Active;
        Step(TimelineKind.AgreementSigned, signedOn, $"{TypeKorean(type)}{(SigningPlace is null ? string.Empty : " · " + SigningPlace)}", stamp);
    }

    /// <summary>우호교류 → 자매결연 격상: needs an active friendship and a council resolution for the sister-city agreement.</summary>
    public void UpgradeToSisterCity(DateOnly upgradedOn, string? place, LifecyclePolicy policy, Stamp stamp)
    {
        _ = policy;
        if (Status == PartnershipStatus.Dormant)
        {
            throw Refused("upgrade.dormant", "휴면 상태인 교류는 자매결연으로 격상할 수 없습니다. 먼저 교류를 재개하세요.",
                "A dormant partnership cannot be upgraded; reactivate it first.");
        }

        if (Status != PartnershipStatus.Active || Type != PartnershipType.Friendship)
        {
            throw Refused("upgrade.not-friendship", "협약이 체결된 우호교류만 자매결연으로 격상할 수 있습니다.",
                "Only an active friendship agreement can be upgraded to a sister-city agreement.");
        }

        if (!councilApprovals.Any(a => a.ForType == PartnershipType.SisterCity))
        {
            throw Refused("upgrade.council-approval-required", "자매결연 격상에는 의회 의결이 필요합니다. 의회 의결을 먼저 기록하세요.",
                "Upgrading to a sister city needs the council's approval; record it first.");
        }

        RequireStepDate(upgradedOn, stamp, "UpgradedOn");
        Type = PartnershipType.SisterCity;
        UpgradedOn = PartialDate.OfDay(upgradedOn);
        SigningPlace = Clean(place) ?? SigningPlace;
        Step(TimelineKind.UpgradedToSisterCity, upgradedOn, Clean(place), stamp);
    }

    /// <summary>갱신: extends a fixed-term agreement.</summary>
    public void Renew(DateOnly renewedOn, DateOnly newExpiresOn, Stamp stamp)
    {
        if (Status != PartnershipStatus.Active)
        {
            throw Refused("renew.status", "체결된 협약만 갱신할 수 있습니다.", "Only an active agreement can be renewed.");
        }

        if (ExpiresOn is null)
        {
            throw Refused("renew.open-ended", "기간이 정해지지 않은 협약은 갱신할 필요가 없습니다.", "An open-ended agreement has nothing to renew.");
        }

        if (newExpiresOn <= ExpiresOn)
        {
            throw Refused("renew.expiry", "새 만료일은 현재 만료일보다 뒤여야 합니다.", "The new expiry date must be later than the current one.", "NewExpiresOn");
        }

        RequireStepDate(renewedOn, stamp, "RenewedOn");
        LastRenewedOn = renewedOn;
        ExpiresOn = newExpiresOn;
        Step(TimelineKind.Renewed, renewedOn, newExpiresOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), stamp);
    }

    /// <summary>휴면 지정: no exchange for a long period.</summary>
    public void MarkDormant(DateOnly since, string? reason, Stamp stamp)
    {
        if (Status != PartnershipStatus.Active)
        {
            throw Refused("dormant.status", "체결되어 교류 중인 관계만 휴면으로 지정할 수 있습니다.", "Only an active partnership can be marked dormant.");
        }

        RequireStepDate(since, stamp, "Since");
        DormantSince = since;
        Status = PartnershipStatus.Dormant;
        Step(TimelineKind.MarkedDormant, since, Clean(reason), stamp);
    }

    /// <summary>교류 재개.</summary>
    public void Reactivate(DateOnly on, string? note, Stamp stamp)
    {
        if (Status != PartnershipStatus.Dormant)
        {
            throw Refused("reactivate.status", "휴면 상태인 관계만 재개할 수 있습니다.", "Only a dormant partnership can be reactivated.");
        }

        RequireStepDate(on, stamp, "On");
        DormantSince = null;
        Status = PartnershipStatus.Active;
        Step(TimelineKind.Reactivated, on, Clean(note), stamp);
    }

    /// <summary>종료: ends a signed tie, or abandons one that was never signed.</summary>
    public void Terminate(DateOnly on, string reason, string decision, Stamp stamp)
    {
        if (Status == PartnershipStatus.Terminated)
        {
            throw Refused("terminate.already", "이미 종료된 교류입니다.", "This partnership has already ended.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Refused("terminate.reason", "종료 사유를 입력하세요.", "Enter the reason for ending the partnership.", "Reason");
        }

        if (string.IsNullOrWhiteSpace(decision))
        {
            throw Refused("terminate.decision", "종료 결정(결재·의결 등)을 입력하세요.", "Enter the decision that ended it.", "Decision");
        }

        RequireStepDate(on, stamp, "On");
        TerminatedOn = on;
        TerminationReason = reason.Trim();
        TerminationDecision = decision.Trim();
        Status = PartnershipStatus.Terminated;
        Step(TimelineKind.Terminated, on, $"{TerminationReason} · {TerminationDecision}", stamp);
    }

    /// <summary>Edits the descriptive details; the lifecycle is changed only through its own steps.</summary>
    public void EditDetails(ExchangeFields fields, string? motive, string? history, string? dateBasis, Stamp stamp)
    {
        RequireLive();
        Fields = fields;
        Motive = Clean(motive);
        History = Clean(history);
        DateBasis = Clean(dateBasis);
        Touch(stamp);
        Record(TimelineKind.DetailsEdited, null, null, stamp);
    }

    public Contact AddContact(ContactSide side, string name, string? organisation, string? position, string? email, string? phone, bool isSignatory, Stamp stamp)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Refused("contact.name", "이름을 입력하세요.", "Enter the contact's name.", "Name");
        }

        if (!string.IsNullOrWhiteSpace(email) && !email.Contains('@', StringComparison.Ordinal))
        {
            throw Refused("contact.email", "이메일 형식이 올바르지 않습니다.", "The e-mail address is not valid.", "Email");
        }

        var contact = new Contact(side, name.Trim(), Clean(organisation), Clean(position), Clean(email), Clean(phone), isSignatory);
        contacts.Add(contact);
        Touch(stamp);
        Record(TimelineKind.ContactAdded, null, $"{contact.Name}{(contact.Position is null ? string.Empty : " " + contact.Position)}", stamp);
        return contact;
    }

    public AgreementDocument AttachDocument(string fileName, string contentType, DocumentKind kind, long size, string sha256, string? description, Stamp stamp)
    {
        var document = new AgreementDocument(fileName, contentType, kind, size, sha256, Clean(description), stamp);
        documents.Add(document);
        Touch(stamp);
        Record(TimelineKind.DocumentAttached, null, fileName, stamp);
        return document;
    }

    /// <summary>Statuses that can follow the current one through a single step; the UI offers only these.</summary>
    public IReadOnlyList<LifecycleStep> AvailableSteps() => Status switch
    {
        PartnershipStatus.Candidate => [LifecycleStep.InformationGathering, LifecycleStep.WorkingMeeting, LifecycleStep.Terminate],
        PartnershipStatus.Exploring => [LifecycleStep.WorkingMeeting, LifecycleStep.Terminate],
        PartnershipStatus.Negotiating => [LifecycleStep.WorkingMeeting, LifecycleStep.CouncilApproval, LifecycleStep.SignAgreement, LifecycleStep.Terminate],
        PartnershipStatus.CouncilApproved => [LifecycleStep.WorkingMeeting, LifecycleStep.CouncilApproval, LifecycleStep.SignAgreement, LifecycleStep.Terminate],
        PartnershipStatus.Active when Type == PartnershipType.Friendship && councilApprovals.Any(a => a.ForType == PartnershipType.SisterCity) =>
            [LifecycleStep.WorkingMeeting, LifecycleStep.CouncilApproval, LifecycleStep.UpgradeToSisterCity, .. ActiveSteps()],
        PartnershipStatus.Active when Type == PartnershipType.Friendship =>
            [LifecycleStep.WorkingMeeting, LifecycleStep.CouncilApproval, .. ActiveSteps()],
        PartnershipStatus.Active => ActiveSteps(),
        PartnershipStatus.Dormant => [LifecycleStep.Reactivate, LifecycleStep.Terminate],
        _ => [],
    };

    public static string StatusKorean(PartnershipStatus status) => status switch
    {
        PartnershipStatus.Candidate => "후보",
        PartnershipStatus.Exploring => "정보수집·의향 타진",
        PartnershipStatus.Negotiating => "실무협의",
        PartnershipStatus.CouncilApproved => "의회 의결",
        PartnershipStatus.Active => "협약 체결(교류 중)",
        PartnershipStatus.Dormant => "휴면",
        PartnershipStatus.Terminated => "종료",
        _ => status.ToString(),
    };

    public static string TypeKorean(PartnershipType type) => type switch
    {
        PartnershipType.Friendship => "우호교류",
        PartnershipType.SisterCity => "자매결연",
        PartnershipType.ExchangeMou => "교류 MOU",
        _ => type.ToString(),
    };

    public static string TypeEnglish(PartnershipType type) => type switch
    {
        PartnershipType.Friendship => "friendship",
        PartnershipType.SisterCity => "sister-city",
        PartnershipType.ExchangeMou => "exchange MOU",
        _ => type.ToString(),
    };

    private LifecycleStep[] ActiveSteps() => ExpiresOn is null
        ? [LifecycleStep.MarkDormant, LifecycleStep.Terminate]
        : [LifecycleStep.Renew, LifecycleStep.MarkDormant, LifecycleStep.Terminate];

    private static Partnership New(
        string ownerCode, PartnerRef partner, string? partnerCountryCode, PartnershipType type, ExchangeFields fields, string? motive, Stamp stamp)
    {
        if (partner.IsDomestic && partner.LocalGovernmentCode == ownerCode)
        {
            throw Refused("partner.self", "자기 자신과는 교류 관계를 맺을 수 없습니다.", "A local government cannot partner with itself.", "Partner");
        }

        if (partner.IsDomestic && (partner.LocalGovernmentCode is not { Length: 5 } code || !code.All(char.IsAsciiDigit)))
        {
            throw Refused("partner.domestic", "국내 상대는 대한민국 지방자치단체여야 합니다.", "A domestic partner must be a Korean local government.", "Partner");
        }

        if (!partner.IsDomestic && partner.ForeignCityId is null)
        {
            throw Refused("partner.required", "교류 상대 도시를 선택하세요.", "Choose the partner city.", "Partner");
        }

        if (!partner.IsDomestic && (partnerCountryCode is null || string.Equals(partnerCountryCode, "KR", StringComparison.OrdinalIgnoreCase)))
        {
            throw Refused("partner.domestic", "국내 상대는 대한민국 지방자치단체로 등록하세요. 해외 도시 목록의 한국 도시는 상대가 될 수 없습니다.",
                "A Korean partner must be registered as a Korean local government, not as a foreign city.", "Partner");
        }

        return new Partnership
        {
            OwnerCode = ownerCode,
            PartnerKind = partner.Kind,
            PartnerLocalGovernmentCode = partner.LocalGovernmentCode,
            PartnerForeignCityId = partner.ForeignCityId,
            PairKey = PairKeyOf(ownerCode, partner),
            Type = type,
            Fields = fields,
            Motive = Clean(motive),
            CreatedAt = stamp.At,
            UpdatedAt = stamp.At,
        };
    }

    private void RequireStatus(string rule, string korean, string english, params PartnershipStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw Refused($"{rule}.status", $"{korean} (현재: {StatusKorean(Status)})", $"{english} (now: {Status})");
        }
    }

    private void RequireLive()
    {
        if (!IsLive)
        {
            throw Refused("terminated", "종료된 교류는 수정할 수 없습니다.", "A terminated partnership cannot be changed.");
        }
    }

    private void RequireStepDate(DateOnly date, Stamp stamp, string field) => RequireStepDate(PartialDate.OfDay(date), stamp, field);

    private void RequireStepDate(PartialDate date, Stamp stamp, string field)
    {
        if (date.Earliest > stamp.Today)
        {
            throw Refused("date.future", "날짜는 오늘 이후일 수 없습니다.", "The date cannot be in the future.", field);
        }

        if (LastStepOn is { } last && date.Latest < last.Earliest)
        {
            throw Refused("date.order",
                $"날짜는 앞 단계의 날짜({last}) 이후여야 합니다.",
                $"The date must not be before the previous step ({last}).", field);
        }
    }

    private static void RequireExpiryAfter(DateOnly? expiresOn, DateOnly signedOn)
    {
        if (expiresOn is { } expiry && expiry <= signedOn)
        {
            throw Refused("sign.expiry", "만료일은 체결일 이후여야 합니다.", "The expiry date must be after the signing date.", "ExpiresOn");
        }
    }

    private void Step(TimelineKind kind, DateOnly on, string? note, Stamp stamp) => Step(kind, PartialDate.OfDay(on), note, stamp);

    private void Step(TimelineKind kind, PartialDate on, string? note, Stamp stamp)
    {
        LastStepOn = LastStepOn is { } last && last.CompareTo(on) > 0 ? last : on;
        Touch(stamp);
        Record(kind, LastStepOn, note, stamp);
    }

    private void Record(TimelineKind kind, PartialDate? on, string? note, Stamp stamp) =>
        timeline.Add(new TimelineEntry(kind, on, Clean(note), stamp, Status));

    private void Touch(Stamp stamp) => UpdatedAt = stamp.At;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DomainRuleException Refused(string rule, string korean, string english, string? field = null) =>
        new($"partnership.{rule}", korean, english, field);
}

public enum LifecycleStep
{
    InformationGathering,
    WorkingMeeting,
    CouncilApproval,
    SignAgreement,
    UpgradeToSisterCity,
    Renew,
    MarkDormant,
    Reactivate,
    Terminate,
}
