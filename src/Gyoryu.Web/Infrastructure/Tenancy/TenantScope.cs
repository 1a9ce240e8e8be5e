using Gyoryu.Web.Features.Account;

namespace Gyoryu.Web.Infrastructure.Tenancy;

/// <summary>
/// Whose records this request may see. The DbContext's query filters read it, so no feature query has to remember (ADR 0013).
/// </summary>
public sealed class TenantScope(IHttpContextAccessor http)
{
    /// <summary>Matches no government: anonymous visitors and partner guests read only through explicit, narrow queries.</summary>
    public const string Nobody = "-";

    private string? admitted;

    /// <summary>
    /// The government whose records are visible, <see cref="Nobody"/>, or null for every government: system administrators, and work
    /// outside a request (start-up, command-line verbs, background imports), which names its government itself.
    /// </summary>
    public string? GovernmentCode
    {
        get
        {
            if (admitted is not null)
            {
                return admitted;
            }

            var context = http.HttpContext;
            if (context is null)
            {
                return null;
            }

            var user = context.User;
            if (user.Identity?.IsAuthenticated != true || user.IsInRole(Roles.PartnerGuest))
            {
                return Nobody;
            }

            return user.IsSystemAdministrator() ? null : user.GovernmentCode() ?? Nobody;
        }
    }

    /// <summary>
    /// For the rest of this request, shows the records of the government that issued what the visitor holds: a feedback link's
    /// token, or a guest's one partnership. Only pages that then read nothing but that link's or that partnership's items call it.
    /// </summary>
    public void Admit(string governmentCode) => admitted = governmentCode;
}
