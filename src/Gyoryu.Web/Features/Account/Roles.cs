using System.Security.Claims;

namespace Gyoryu.Web.Features.Account;

/// <summary>The roles of ADR 0013: who may read, edit and administer which government's records.</summary>
public static class Roles
{
    /// <summary>시스템 관리자: runs the platform and may act for any government.</summary>
    public const string SystemAdministrator = "SystemAdministrator";

    /// <summary>기관 관리자: manages the users of their government and reads its audit log; edits like an officer.</summary>
    public const string GovernmentAdministrator = "GovernmentAdministrator";

    /// <summary>담당자: records and edits the government's partnerships, activities and evaluations.</summary>
    public const string Officer = "Officer";

    /// <summary>열람자: reads the government's records, changes nothing.</summary>
    public const string Viewer = "Viewer";

    /// <summary>파트너 도시 담당자: a partner city's counterpart who sees one partnership's shared items and comments on them.</summary>
    public const string PartnerGuest = "PartnerGuest";

    public static readonly string[] All = [SystemAdministrator, GovernmentAdministrator, Officer, Viewer, PartnerGuest];

    /// <summary>Everyone who works in a government's own pages.</summary>
    public static readonly string[] Staff = [SystemAdministrator, GovernmentAdministrator, Officer, Viewer];

    /// <summary>Everyone who may change records.</summary>
    public static readonly string[] Editors = [SystemAdministrator, GovernmentAdministrator, Officer];

    /// <summary>Roles a government administrator may give; only a system administrator makes another one.</summary>
    public static readonly string[] GivenByGovernmentAdministrator = [GovernmentAdministrator, Officer, Viewer];

    public static string KoreanName(string role) => role switch
    {
        SystemAdministrator => "시스템 관리자",
        GovernmentAdministrator => "기관 관리자",
        Officer => "담당자",
        Viewer => "열람자",
        PartnerGuest => "파트너 도시 담당자",
        _ => role,
    };

    public static bool IsEditor(this ClaimsPrincipal user) => Editors.Any(user.IsInRole);

    public static bool IsSystemAdministrator(this ClaimsPrincipal user) => user.IsInRole(SystemAdministrator);
}

/// <summary>The claims Gyoryu adds to the sign-in cookie besides name and roles.</summary>
public static class GyoryuClaims
{
    public const string Government = "gyoryu:government";
    public const string Partnership = "gyoryu:partnership";
    public const string DisplayName = "gyoryu:name";
    public const string MustChangePassword = "gyoryu:must-change-password";

    public static string? GovernmentCode(this ClaimsPrincipal user) => user.FindFirstValue(Government);

    public static int? GuestPartnershipId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Partnership), out var id) ? id : null;
}

/// <summary>Authorization policy names.</summary>
public static class Policies
{
    /// <summary>Every page and API unless marked otherwise: a signed-in staff member of some government.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>The pages that only create or edit records; a viewer is shown "권한이 없습니다" instead of a form it cannot save.</summary>
    public const string Editor = nameof(Editor);

    /// <summary>User management and the audit log of one's own government.</summary>
    public const string GovernmentAdministrator = nameof(GovernmentAdministrator);

    public const string SystemAdministrator = nameof(SystemAdministrator);

    public const string PartnerGuest = nameof(PartnerGuest);
}
