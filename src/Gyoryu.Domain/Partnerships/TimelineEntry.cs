using Gyoryu.Domain.Common;

namespace Gyoryu.Domain.Partnerships;

public enum TimelineKind
{
    CandidateRegistered,
    ExistingAgreementRegistered,
    InformationGathering,
    WorkingMeeting,
    CouncilApproval,
    AgreementSigned,
    UpgradedToSisterCity,
    Renewed,
    MarkedDormant,
    Reactivated,
    Terminated,
    DetailsEdited,
    ContactAdded,
    DocumentAttached,
}

/// <summary>One step or change on a partnership's timeline, with who recorded it and when.</summary>
public sealed class TimelineEntry
{
    private TimelineEntry()
    {
        RecordedBy = string.Empty;
    }

    internal TimelineEntry(TimelineKind kind, PartialDate? occurredOn, string? note, Stamp stamp, PartnershipStatus statusAfter)
    {
        Kind = kind;
        OccurredOn = occurredOn;
        Note = note;
        RecordedBy = stamp.By;
        RecordedAt = stamp.At;
        StatusAfter = statusAfter;
    }

    public int Id { get; private set; }

    public int PartnershipId { get; private set; }

    public TimelineKind Kind { get; private set; }

    /// <summary>When it happened in the world; null when unknown (e.g. an edit).</summary>
    public PartialDate? OccurredOn { get; private set; }

    public string? Note { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public PartnershipStatus StatusAfter { get; private set; }
}
