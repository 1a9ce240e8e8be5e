using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Web.Features.Partnerships;

public sealed record PartnershipListResponse(IReadOnlyList<PartnershipSummary> Items, int Total, int Page, int PageSize);

/// <summary>A partnership as a list shows it: both names in Korean and English, country, type, status, dates, fields.</summary>
public sealed record PartnershipSummary(
    int Id,
    string GovernmentCode,
    string GovernmentNameKo,
    string GovernmentNameEn,
    string Scope,
    string PartnerNameKo,
    string PartnerNameEn,
    string? PartnerRegion,
    string CountryCode,
    string CountryNameKo,
    string CountryNameEn,
    PartnershipType Type,
    PartnershipStatus Status,
    string? SignedOn,
    string? UpgradedOn,
    IReadOnlyList<string> Fields,
    double? Latitude,
    double? Longitude,
    int Version)
{
    public static PartnershipSummary From(PartnershipRow row) => new(
        row.Id,
        row.GovernmentCode,
        row.GovernmentNameKo,
        row.GovernmentNameEn,
        row.IsDomestic ? "domestic" : "international",
        row.PartnerNameKo,
        row.PartnerNameEn,
        row.PartnerRegion,
        row.CountryCode,
        row.CountryNameKo,
        row.CountryNameEn,
        row.Type,
        row.Status,
        row.SignedOn?.ToString(),
        row.UpgradedOn?.ToString(),
        FieldCodes.Codes(row.Fields),
        row.Latitude,
        row.Longitude,
        row.Version);
}

public sealed record PartnershipDetail(
    PartnershipSummary Summary,
    string OwnerCode,
    string? Motive,
    string? History,
    string? DateBasis,
    string? SigningPlace,
    DateOnly? ExpiresOn,
    DateOnly? LastRenewedOn,
    DateOnly? DormantSince,
    DateOnly? TerminatedOn,
    string? TerminationReason,
    string? TerminationDecision,
    IReadOnlyList<LifecycleStep> AvailableSteps,
    IReadOnlyList<TimelineItem> Timeline,
    IReadOnlyList<MeetingItem> Meetings,
    IReadOnlyList<CouncilApprovalItem> CouncilApprovals,
    IReadOnlyList<ContactItem> Contacts,
    IReadOnlyList<DocumentItem> Documents,
    int Version)
{
    public static PartnershipDetail From(PartnershipRow row, Partnership p) => new(
        PartnershipSummary.From(row),
        p.OwnerCode,
        p.Motive,
        p.History,
        p.DateBasis,
        p.SigningPlace,
        p.ExpiresOn,
        p.LastRenewedOn,
        p.DormantSince,
        p.TerminatedOn,
        p.TerminationReason,
        p.TerminationDecision,
        p.AvailableSteps(),
        p.Timeline.OrderByDescending(t => t.RecordedAt).ThenByDescending(t => t.Id)
            .Select(t => new TimelineItem(t.Kind, t.OccurredOn?.ToString(), t.Note, t.RecordedBy, t.RecordedAt, t.StatusAfter)).ToList(),
        p.Meetings.OrderBy(m => m.HeldOn)
            .Select(m => new MeetingItem(m.Id, m.HeldOn.ToString(), m.Place, m.Attendees, FieldCodes.Codes(m.AgreedFields), m.Minutes)).ToList(),
        p.CouncilApprovals.OrderBy(a => a.ApprovedOn).Select(a => new CouncilApprovalItem(a.ApprovedOn, a.ForType, a.ResolutionNumber)).ToList(),
        p.Contacts.Select(c => new ContactItem(c.Id, c.Side, c.Name, c.Organisation, c.Position, c.Email, c.Phone, c.IsSignatory)).ToList(),
        p.Documents.Select(d => new DocumentItem(d.Id, d.FileName, d.ContentType, d.Kind, d.Size, d.Sha256, d.Description, d.UploadedAt)).ToList(),
        p.Version);
}

public sealed record TimelineItem(TimelineKind Kind, string? OccurredOn, string? Note, string RecordedBy, DateTimeOffset RecordedAt, PartnershipStatus StatusAfter);

public sealed record MeetingItem(int Id, string HeldOn, string Place, string Attendees, IReadOnlyList<string> AgreedFields, string? Minutes);

public sealed record CouncilApprovalItem(DateOnly ApprovedOn, PartnershipType ForType, string? ResolutionNumber);

public sealed record ContactItem(int Id, ContactSide Side, string Name, string? Organisation, string? Position, string? Email, string? Phone, bool IsSignatory);

public sealed record DocumentItem(int Id, string FileName, string ContentType, DocumentKind Kind, long Size, string Sha256, string? Description, DateTimeOffset UploadedAt);
