namespace Gyoryu.Web.Infrastructure.Audit;

/// <summary>What an audited change did to a record.</summary>
public static class AuditAction
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Deleted = "Deleted";

    /// <summary>A lifecycle step of a partnership (실무협의, 의회 의결, 협약 체결 ...); <see cref="AuditEntry.Step"/> says which.</summary>
    public const string Step = "Step";

    public static readonly IReadOnlyList<string> All = [Created, Updated, Step, Deleted];
}

/// <summary>
/// One saved change to one record (a partnership with its meetings, approvals and timeline counts as one record): who, when,
/// for which government, and the properties before and after. Written by <see cref="AuditInterceptor"/> in the same save.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxLabelLength = 200;

    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Display name of who did it ("김포시 대외협력 담당자", "시스템").</summary>
    public string Actor { get; set; } = string.Empty;

    /// <summary>The signed-in user's id (<c>ClaimTypes.NameIdentifier</c>); null before accounts and for work nobody signed in for.</summary>
    public string? ActorId { get; set; }

    /// <summary>The local government the record belongs to: its owner, else the actor's government.</summary>
    public string TenantCode { get; set; } = string.Empty;

    /// <summary>The CLR name of the record's entity ("Partnership", "Activity").</summary>
    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>One of <see cref="AuditAction"/>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The timeline kind recorded with the change (e.g. "WorkingMeeting"); null when the record has no timeline.</summary>
    public string? Step { get; set; }

    /// <summary>What a reader recognises the record by: a partnership's partner, an activity's title, a file name.</summary>
    public string? Label { get; set; }

    /// <summary>JSON object of property name to <c>{"before": ..., "after": ...}</c>; see <see cref="AuditChanges"/>.</summary>
    public string Changes { get; set; } = "{}";

    public string? RequestPath { get; set; }

    public string? TraceId { get; set; }
}
