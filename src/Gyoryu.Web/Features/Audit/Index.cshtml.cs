using Gyoryu.Web.Infrastructure.Audit;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Gyoryu.Web.Features.Audit;

[Authorize(Policy = AuditApi.Policy)]
public sealed class IndexModel(AuditQueries queries, CurrentOfficer officer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditQuery Query { get; set; } = new(null, null, null, null, null, null, null, null);

    public AuditPage Result { get; private set; } = new([], null);

    public HashSet<(string Type, string Id)> Existing { get; private set; } = [];

    public string GovernmentCode => officer.GovernmentCode;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await queries.PageAsync(officer.GovernmentCode, Query.ToFilter(), cancellationToken);
        Existing = await queries.ExistingAsync(Result.Entries, cancellationToken);
    }

    public string? LinkOf(AuditEntry entry) =>
        Existing.Contains((entry.EntityType, entry.EntityId)) ? AuditLinks.Url(entry.EntityType, entry.EntityId) : null;

    /// <summary>The filters as a query string, without the cursor unless <paramref name="before"/> is given.</summary>
    public string QueryString(string? before = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["from"] = Query.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = Query.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["actor"] = Query.Actor,
            ["entityType"] = Query.EntityType,
            ["action"] = Query.Action,
            ["q"] = Query.Q,
            ["before"] = before,
        };
        return QueryHelpers.AddQueryString(string.Empty, values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
