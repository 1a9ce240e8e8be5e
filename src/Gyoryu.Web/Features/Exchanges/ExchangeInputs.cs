using System.ComponentModel.DataAnnotations;
using Gyoryu.Domain.Exchanges;
using Gyoryu.Web.Features.Partnerships;

namespace Gyoryu.Web.Features.Exchanges;

/// <summary>An activity as the form and the JSON API send it; empty counts and amounts are zero.</summary>
public sealed class ActivityInput
{
    public ActivityKind Kind { get; set; } = ActivityKind.DelegationVisit;

    public VisitDirection Direction { get; set; } = VisitDirection.None;

    [Required(ErrorMessage = "활동명을 입력하세요.")]
    [StringLength(200, ErrorMessage = "활동명은 200자 이하로 입력하세요.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "시작일을 입력하세요.")]
    public DateOnly? HeldOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    [Required(ErrorMessage = "장소를 입력하세요.")]
    [StringLength(200, ErrorMessage = "장소는 200자 이하로 입력하세요.")]
    public string? Place { get; set; }

    public List<string> Fields { get; set; } = [];

    public int? ProjectId { get; set; }

    public int? Officials { get; set; }

    public int? Citizens { get; set; }

    public int? Students { get; set; }

    public int? Companies { get; set; }

    public long? Cost { get; set; }

    public int? AgreementsSigned { get; set; }

    public int? ExportContracts { get; set; }

    public long? ExportAmount { get; set; }

    public int? Visitors { get; set; }

    [StringLength(2000, ErrorMessage = "성과 메모는 2000자 이하로 입력하세요.")]
    public string? OutcomeNote { get; set; }

    [StringLength(4000, ErrorMessage = "활동 내용은 4000자 이하로 입력하세요.")]
    public string? Description { get; set; }

    /// <summary>The version the caller read; required to revise, ignored when recording.</summary>
    public int? Version { get; set; }

    public ActivityRecord ToRecord() => new(
        Kind,
        Direction,
        Title ?? string.Empty,
        HeldOn ?? default,
        EndsOn,
        Place ?? string.Empty,
        FieldCodes.Combine(Fields),
        ProjectId,
        new Participants(Officials ?? 0, Citizens ?? 0, Students ?? 0, Companies ?? 0),
        Cost ?? 0,
        new Outcomes(AgreementsSigned ?? 0, ExportContracts ?? 0, ExportAmount ?? 0, Visitors ?? 0, OutcomeNote),
        Description);

    public static ActivityInput From(Activity a) => new()
    {
        Kind = a.Kind,
        Direction = a.Direction,
        Title = a.Title,
        HeldOn = a.HeldOn,
        EndsOn = a.EndsOn,
        Place = a.Place,
        Fields = FieldCodes.Codes(a.Fields).ToList(),
        ProjectId = a.ProjectId,
        Officials = a.Officials,
        Citizens = a.Citizens,
        Students = a.Students,
        Companies = a.Companies,
        Cost = a.Cost,
        AgreementsSigned = a.AgreementsSigned,
        ExportContracts = a.ExportContracts,
        ExportAmount = a.ExportAmount,
        Visitors = a.Visitors,
        OutcomeNote = a.OutcomeNote,
        Description = a.Description,
        Version = a.Version,
    };
}

/// <summary>A news or web link about an activity.</summary>
public sealed class LinkInput
{
    [Required(ErrorMessage = "링크 주소를 입력하세요.")]
    public string? Url { get; set; }

    [StringLength(300, ErrorMessage = "링크 제목은 300자 이하로 입력하세요.")]
    public string? Title { get; set; }
}

/// <summary>A project plan as the form and the JSON API send it.</summary>
public sealed class ProjectInput
{
    [Required(ErrorMessage = "사업명을 입력하세요.")]
    [StringLength(200, ErrorMessage = "사업명은 200자 이하로 입력하세요.")]
    public string? Title { get; set; }

    public List<string> Fields { get; set; } = [];

    [Required(ErrorMessage = "시작일을 입력하세요.")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "종료일을 입력하세요.")]
    public DateOnly? EndsOn { get; set; }

    [Required(ErrorMessage = "담당 부서를 입력하세요.")]
    [StringLength(100, ErrorMessage = "담당 부서는 100자 이하로 입력하세요.")]
    public string? Department { get; set; }

    public long? PlannedBudget { get; set; }

    public long? PartnerContribution { get; set; }

    [StringLength(500, ErrorMessage = "분담 내용은 500자 이하로 입력하세요.")]
    public string? PartnerContributionNote { get; set; }

    [StringLength(4000, ErrorMessage = "사업 내용은 4000자 이하로 입력하세요.")]
    public string? Description { get; set; }

    public List<int> PartnershipIds { get; set; } = [];

    /// <summary>The version the caller read; required to revise, ignored when proposing.</summary>
    public int? Version { get; set; }

    public ProjectPlan ToPlan() => new(
        Title ?? string.Empty,
        FieldCodes.Combine(Fields),
        StartsOn ?? default,
        EndsOn ?? default,
        Department ?? string.Empty,
        PlannedBudget ?? 0,
        PartnerContribution ?? 0,
        PartnerContributionNote,
        Description,
        PartnershipIds.Distinct().ToList());

    public static ProjectInput From(ExchangeProject p) => new()
    {
        Title = p.Title,
        Fields = FieldCodes.Codes(p.Fields).ToList(),
        StartsOn = p.StartsOn,
        EndsOn = p.EndsOn,
        Department = p.Department,
        PlannedBudget = p.PlannedBudget,
        PartnerContribution = p.PartnerContribution,
        PartnerContributionNote = p.PartnerContributionNote,
        Description = p.Description,
        PartnershipIds = p.Partnerships.Select(l => l.PartnershipId).ToList(),
        Version = p.Version,
    };
}

/// <summary>One status step of a project: the version read, and the amount or reason the step needs.</summary>
public sealed class ProjectStepInput
{
    [Required(ErrorMessage = "버전 정보가 없습니다.")]
    public int? Version { get; set; }

    /// <summary>집행액 for 완료 and 집행액 기록.</summary>
    public long? ExecutedBudget { get; set; }

    /// <summary>취소 사유.</summary>
    [StringLength(1000, ErrorMessage = "취소 사유는 1000자 이하로 입력하세요.")]
    public string? Reason { get; set; }
}
