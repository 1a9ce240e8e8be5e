using Gyoryu.Domain.Exchanges;
using Gyoryu.Web.Features.Partnerships;

namespace Gyoryu.Web.Features.Exchanges;

public sealed record ActivityItem(
    int Id,
    int PartnershipId,
    string PartnerNameKo,
    string PartnerNameEn,
    int? ProjectId,
    ActivityKind Kind,
    string KindName,
    VisitDirection Direction,
    string Title,
    DateOnly HeldOn,
    DateOnly? EndsOn,
    string Place,
    int People,
    long Cost,
    bool Planned,
    int Version)
{
    public static ActivityItem From(ActivityRow r, DateOnly today) => new(
        r.Id, r.PartnershipId, r.PartnerNameKo, r.PartnerNameEn, r.ProjectId, r.Kind, ExchangeLabels.Kind(r.Kind), r.Direction, r.Title,
        r.HeldOn, r.EndsOn, r.Place, r.People, r.Cost, r.IsPlanned(today), r.Version);
}

public sealed record ParticipantsItem(int Officials, int Citizens, int Students, int Companies, int People);

public sealed record OutcomesItem(int AgreementsSigned, int ExportContracts, long ExportAmount, int Visitors, string? Note);

public sealed record AttachmentItem(int Id, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt, string Url);

public sealed record LinkItem(int Id, string Url, string? Title);

/// <summary>An activity with its participants by kind, outcomes, attachments and links.</summary>
public sealed record ActivityDetail(
    int Id,
    string OwnerCode,
    int PartnershipId,
    string PartnerNameKo,
    string PartnerNameEn,
    int? ProjectId,
    string? ProjectTitle,
    ActivityKind Kind,
    string KindName,
    VisitDirection Direction,
    string Title,
    DateOnly HeldOn,
    DateOnly? EndsOn,
    string Place,
    IReadOnlyList<string> Fields,
    ParticipantsItem Participants,
    long Cost,
    OutcomesItem Outcomes,
    string? Description,
    bool Planned,
    IReadOnlyList<AttachmentItem> Attachments,
    IReadOnlyList<LinkItem> Links,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static ActivityDetail From(ActivityView view, DateOnly today)
    {
        var a = view.Activity;
        return new(
            a.Id, a.OwnerCode, a.PartnershipId, view.Partnership.PartnerNameKo, view.Partnership.PartnerNameEn, a.ProjectId, view.ProjectTitle,
            a.Kind, ExchangeLabels.Kind(a.Kind), a.Direction, a.Title, a.HeldOn, a.EndsOn, a.Place, FieldCodes.Codes(a.Fields),
            new ParticipantsItem(a.Officials, a.Citizens, a.Students, a.Companies, a.People), a.Cost,
            new OutcomesItem(a.AgreementsSigned, a.ExportContracts, a.ExportAmount, a.Visitors, a.OutcomeNote), a.Description, a.IsPlanned(today),
            a.Attachments.OrderBy(f => f.Id).Select(f => new AttachmentItem(
                f.Id, f.FileName, f.ContentType, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt, AttachmentUrl(a.Id, f.Id))).ToList(),
            a.Links.OrderBy(l => l.Id).Select(l => new LinkItem(l.Id, l.Url, l.Title)).ToList(),
            a.CreatedBy, a.CreatedAt, a.UpdatedBy, a.UpdatedAt, a.Version);
    }

    public static string AttachmentUrl(int activityId, int attachmentId) => $"/api/activities/{activityId}/attachments/{attachmentId}";
}

public sealed record ProjectPartnershipItem(int Id, string PartnerNameKo, string PartnerNameEn, string CountryCode);

public sealed record ProjectItem(
    int Id,
    string OwnerCode,
    string Title,
    IReadOnlyList<string> Fields,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Department,
    ProjectStatus Status,
    string StatusName,
    long PlannedBudget,
    long ExecutedBudget,
    double? ExecutionRate,
    long PartnerContribution,
    IReadOnlyList<int> PartnershipIds,
    int Version)
{
    public static ProjectItem From(ExchangeProject p) => new(
        p.Id, p.OwnerCode, p.Title, FieldCodes.Codes(p.Fields), p.StartsOn, p.EndsOn, p.Department, p.Status, ExchangeLabels.Status(p.Status),
        p.PlannedBudget, p.ExecutedBudget, p.ExecutionRate, p.PartnerContribution, p.Partnerships.Select(l => l.PartnershipId).Order().ToList(), p.Version);
}

/// <summary>A project with the partnerships it serves, the steps its status allows and its activities.</summary>
public sealed record ProjectDetail(
    ProjectItem Summary,
    string? PartnerContributionNote,
    string? Description,
    string? CancellationReason,
    IReadOnlyList<ProjectPartnershipItem> Partnerships,
    IReadOnlyList<ProjectStep> AvailableSteps,
    IReadOnlyList<ActivityItem> Activities,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static ProjectDetail From(ProjectView view, DateOnly today)
    {
        var p = view.Project;
        return new(
            ProjectItem.From(p), p.PartnerContributionNote, p.Description, p.CancellationReason,
            view.Partnerships.Select(r => new ProjectPartnershipItem(r.Id, r.PartnerNameKo, r.PartnerNameEn, r.CountryCode)).ToList(),
            p.AvailableSteps(), view.Activities.Select(a => ActivityItem.From(a, today)).ToList(),
            p.CreatedBy, p.CreatedAt, p.UpdatedBy, p.UpdatedAt, p.Version);
    }
}
