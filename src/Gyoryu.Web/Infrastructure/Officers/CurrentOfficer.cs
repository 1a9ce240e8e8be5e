using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Features.Account;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Infrastructure.Officers;

/// <summary>
/// The signed-in person acting in this request and the local government they work for. A system administrator may act for any
/// government, chosen in the header and kept in a cookie; everyone else works for their own.
/// </summary>
public sealed class CurrentOfficer(IHttpContextAccessor http, IOptions<GyoryuOptions> options, TimeProvider clock)
{
    public const string GovernmentCookie = "gyoryu-government";

    public string GovernmentCode
    {
        get
        {
            var user = http.HttpContext?.User;
            var own = user?.GovernmentCode();
            if (user is not null && user.IsSystemAdministrator())
            {
                var chosen = http.HttpContext!.Request.Cookies[GovernmentCookie];
                if (IsGovernmentCode(chosen))
                {
                    return chosen!;
                }
            }

            return own ?? options.Value.DefaultGovernmentCode;
        }
    }

    /// <summary>Whether the header offers the switch between governments.</summary>
    public bool MayActForAnyGovernment => http.HttpContext?.User.IsSystemAdministrator() == true;

    public bool IsSignedIn => http.HttpContext?.User.Identity?.IsAuthenticated == true;

    public bool MayEdit => http.HttpContext?.User.IsEditor() == true;

    /// <summary>"홍길동 (김포시)": who the timeline and the audit log say did it.</summary>
    public string Name
    {
        get
        {
            var user = http.HttpContext?.User;
            var display = user?.FindFirst(GyoryuClaims.DisplayName)?.Value;
            return string.IsNullOrWhiteSpace(display) ? user?.Identity?.Name ?? "시스템" : display;
        }
    }

    public string? UserId => http.HttpContext?.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    public Stamp Stamp() => new(Name, clock.GetUtcNow());

    public LifecyclePolicy Policy => new(options.Value.CouncilApprovalRequiredForFriendship);

    public static bool IsGovernmentCode(string? code) => code is { Length: 5 } && code.All(char.IsAsciiDigit);
}
