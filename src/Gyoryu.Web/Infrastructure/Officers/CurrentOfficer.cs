using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Infrastructure.Officers;

/// <summary>
/// The officer acting in this request and the local government they work for. Until accounts exist (issue 5)
/// the government is the one chosen in the header, kept in a cookie.
/// </summary>
public sealed class CurrentOfficer(IHttpContextAccessor http, IOptions<GyoryuOptions> options, TimeProvider clock, GyoryuDbContext db)
{
    private string? name;

    public const string GovernmentCookie = "gyoryu-government";

    public string GovernmentCode
    {
        get
        {
            var chosen = http.HttpContext?.Request.Cookies[GovernmentCookie];
            return chosen is { Length: 5 } && chosen.All(char.IsAsciiDigit) ? chosen : options.Value.DefaultGovernmentCode;
        }
    }

    /// <summary>"김포시 대외협력 담당자": who the timeline says recorded a step, until accounts name the person.</summary>
    public string Name => name ??= $"{db.LocalGovernments.AsNoTracking().Where(g => g.Code == GovernmentCode).Select(g => g.NameKo).FirstOrDefault() ?? GovernmentCode} 대외협력 담당자";

    public Stamp Stamp() => new(Name, clock.GetUtcNow());

    public LifecyclePolicy Policy => new(options.Value.CouncilApprovalRequiredForFriendship);
}
