using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partnerships;

namespace Gyoryu.Domain.Exchanges;

/// <summary>What a project is planned to be; the status moves only through the named steps.</summary>
public sealed record ProjectPlan(
    string Title,
    ExchangeFields Fields,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Department,
    long PlannedBudget,
    long PartnerContribution,
    string? PartnerContributionNote,
    string? Description,
    IReadOnlyCollection<int> PartnershipIds);

/// <summary>교류협력 사업: a budgeted piece of work under one or more partnerships of the same local government.</summary>
public sealed class ExchangeProject
{
    /// <summary>The largest amount accepted in any budget field: 1조 원, far beyond any municipal exchange budget.</summary>
    public const long MaxAmount = 1_000_000_000_000;

    private readonly List<ProjectPartnership> partnerships = [];

    private ExchangeProject()
    {
        OwnerCode = string.Empty;
        Title = string.Empty;
        Department = string.Empty;
        CreatedBy = string.Empty;
        UpdatedBy = string.Empty;
    }

    public int Id { get; private set; }

    public string OwnerCode { get; private set; }

    public string Title { get; private set; }

    public ExchangeFields Fields { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    /// <summary>담당 부서.</summary>
    public string Department { get; private set; }

    public ProjectStatus Status { get; private set; }

    /// <summary>계획 예산, KRW.</summary>
    public long PlannedBudget { get; private set; }

    /// <summary>집행액, KRW.</summary>
    public long ExecutedBudget { get; private set; }

    /// <summary>상대 측 분담액, KRW; in-kind contributions go in the note.</summary>
    public long PartnerContribution { get; private set; }

    public string? PartnerContributionNote { get; private set; }

    public string? Description { get; private set; }

    public string? CancellationReason { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ProjectPartnership> Partnerships => partnerships;

    /// <summary>집행률 in percent of the planned budget; null when nothing was planned.</summary>
    public double? ExecutionRate => PlannedBudget == 0 ? null : 100.0 * ExecutedBudget / PlannedBudget;

    public bool IsClosed => Status is ProjectStatus.Completed or ProjectStatus.Cancelled;

    /// <summary>사업 제안.</summary>
    public static ExchangeProject Propose(string ownerCode, ProjectPlan plan, Stamp stamp)
    {
        var project = new ExchangeProject
        {
            OwnerCode = ownerCode,
            Status = ProjectStatus.Proposed,
            CreatedBy = stamp.By,
            CreatedAt = stamp.At,
        };
        project.Apply(plan, stamp);
        return project;
    }

    /// <summary>Changes the plan; a closed project keeps the plan it closed with.</summary>
    public void Revise(ProjectPlan plan, Stamp stamp)
    {
        RequireOpen();
        Apply(plan, stamp);
    }

    /// <summary>승인 (결재·예산 확정).</summary>
    public void Approve(Stamp stamp)
    {
        Require(ProjectStatus.Proposed, "approve", "제안 단계의 사업만 승인할 수 있습니다.", "Only a proposed project can be approved.");
        Move(ProjectStatus.Approved, stamp);
    }

    /// <summary>추진 시작.</summary>
    public void Start(Stamp stamp)
    {
        Require(ProjectStatus.Approved, "start", "승인된 사업만 추진을 시작할 수 있습니다.", "Only an approved project can start.");
        Move(ProjectStatus.InProgress, stamp);
    }

    /// <summary>집행액 기록: while the project runs, or to correct it after completion.</summary>
    public void RecordExecutedBudget(long executed, Stamp stamp)
    {
        if (Status is not (ProjectStatus.InProgress or ProjectStatus.Completed))
        {
            throw Refused("execution.status", "집행액은 추진 중이거나 완료된 사업에만 기록할 수 있습니다.",
                "Spending can be recorded only for a project in progress or completed.", nameof(ExecutedBudget));
        }

        ExecutedBudget = RequireAmount(executed, nameof(ExecutedBudget), "집행액", "spent amount");
        Touch(stamp);
    }

    /// <summary>완료: closes the project with what was actually spent.</summary>
    public void Complete(long executed, Stamp stamp)
    {
        Require(ProjectStatus.InProgress, "complete", "추진 중인 사업만 완료할 수 있습니다.", "Only a project in progress can be completed.");
        ExecutedBudget = RequireAmount(executed, nameof(ExecutedBudget), "집행액", "spent amount");
        Move(ProjectStatus.Completed, stamp);
    }

    /// <summary>취소: any time before completion, with the reason.</summary>
    public void Cancel(string reason, Stamp stamp)
    {
        RequireOpen();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Refused("cancel.reason", "취소 사유를 입력하세요.", "Enter why the project is cancelled.", "Reason");
        }

        CancellationReason = reason.Trim();
        Move(ProjectStatus.Cancelled, stamp);
    }

    /// <summary>The steps the current status allows; the UI offers only these.</summary>
    public IReadOnlyList<ProjectStep> AvailableSteps() => Status switch
    {
        ProjectStatus.Proposed => [ProjectStep.Approve, ProjectStep.Cancel],
        ProjectStatus.Approved => [ProjectStep.Start, ProjectStep.Cancel],
        ProjectStatus.InProgress => [ProjectStep.RecordExecutedBudget, ProjectStep.Complete, ProjectStep.Cancel],
        ProjectStatus.Completed => [ProjectStep.RecordExecutedBudget],
        _ => [],
    };

    public static string StatusKorean(ProjectStatus status) => status switch
    {
        ProjectStatus.Proposed => "제안",
        ProjectStatus.Approved => "승인",
        ProjectStatus.InProgress => "추진 중",
        ProjectStatus.Completed => "완료",
        ProjectStatus.Cancelled => "취소",
        _ => status.ToString(),
    };

    private void Apply(ProjectPlan plan, Stamp stamp)
    {
        if (string.IsNullOrWhiteSpace(plan.Title))
        {
            throw Refused("title", "사업명을 입력하세요.", "Enter the project title.", nameof(ProjectPlan.Title));
        }

        if (string.IsNullOrWhiteSpace(plan.Department))
        {
            throw Refused("department", "담당 부서를 입력하세요.", "Enter the responsible department.", nameof(ProjectPlan.Department));
        }

        if (plan.EndsOn < plan.StartsOn)
        {
            throw Refused("period", "종료일은 시작일보다 앞설 수 없습니다.", "The end date cannot be before the start date.", nameof(ProjectPlan.EndsOn));
        }

        if (plan.PartnershipIds.Count == 0)
        {
            throw Refused("partnerships", "사업이 속한 교류 관계를 하나 이상 선택하세요.", "Choose at least one partnership for the project.", nameof(ProjectPlan.PartnershipIds));
        }

        // Checked before anything is assigned, so a refused revision leaves the project as it was.
        var planned = RequireAmount(plan.PlannedBudget, nameof(ProjectPlan.PlannedBudget), "계획 예산", "planned budget");
        var contribution = RequireAmount(plan.PartnerContribution, nameof(ProjectPlan.PartnerContribution), "상대 측 분담액", "partner contribution");
        Title = plan.Title.Trim();
        Fields = plan.Fields;
        StartsOn = plan.StartsOn;
        EndsOn = plan.EndsOn;
        Department = plan.Department.Trim();
        PlannedBudget = planned;
        PartnerContribution = contribution;
        PartnerContributionNote = Clean(plan.PartnerContributionNote);
        Description = Clean(plan.Description);
        partnerships.RemoveAll(p => !plan.PartnershipIds.Contains(p.PartnershipId));
        foreach (var id in plan.PartnershipIds.Distinct().Where(id => partnerships.All(p => p.PartnershipId != id)))
        {
            partnerships.Add(new ProjectPartnership(id));
        }

        Touch(stamp);
    }

    private void Require(ProjectStatus expected, string rule, string korean, string english)
    {
        if (Status != expected)
        {
            throw Refused($"{rule}.status", $"{korean} (현재: {StatusKorean(Status)})", $"{english} (now: {Status})");
        }
    }

    private void RequireOpen()
    {
        if (IsClosed)
        {
            throw Refused("closed", $"{StatusKorean(Status)}된 사업은 바꿀 수 없습니다.", $"A {Status.ToString().ToLowerInvariant()} project cannot be changed.");
        }
    }

    private void Move(ProjectStatus status, Stamp stamp)
    {
        Status = status;
        Touch(stamp);
    }

    private void Touch(Stamp stamp)
    {
        UpdatedBy = stamp.By;
        UpdatedAt = stamp.At;
    }

    internal static long RequireAmount(long amount, string field, string korean, string english)
    {
        if (amount < 0)
        {
            throw new DomainRuleException("exchange.amount.negative", $"{korean}은 0원 이상이어야 합니다.", $"The {english} cannot be negative.", field);
        }

        if (amount > MaxAmount)
        {
            throw new DomainRuleException("exchange.amount.too-large", $"{korean}이 너무 큽니다 (최대 1조 원).", $"The {english} is too large (at most 1 trillion won).", field);
        }

        return amount;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DomainRuleException Refused(string rule, string korean, string english, string? field = null) =>
        new($"project.{rule}", korean, english, field);
}

public enum ProjectStep
{
    Approve,
    Start,
    RecordExecutedBudget,
    Complete,
    Cancel,
}

/// <summary>Links a project to one of the partnerships it serves.</summary>
public sealed class ProjectPartnership
{
    private ProjectPartnership()
    {
    }

    internal ProjectPartnership(int partnershipId) => PartnershipId = partnershipId;

    public int ProjectId { get; private set; }

    public int PartnershipId { get; private set; }
}
