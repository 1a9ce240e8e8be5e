using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Partnerships;

public sealed class IndexModel(PartnershipQueries queries, CurrentOfficer officer, GyoryuDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PartnershipQuery Query { get; set; } = new(null, null, null, null, null, null, null, null, null);

    /// <summary>"all" lists every government's ties; otherwise the officer's own.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Scope { get; set; }

    public PartnershipPage Result { get; private set; } = new([], 0, 1, 50);

    public IReadOnlyList<(string Code, string NameKo, string NameEn)> Countries { get; private set; } = [];

    public string GovernmentCode => officer.GovernmentCode;

    public PartnershipFilter Filter => Query.ToFilter() with { Government = Scope == "all" ? null : officer.GovernmentCode };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await queries.ListAsync(Filter, cancellationToken);
        // Only countries that have a partnership are worth offering as a filter.
        var used = await db.Partnerships.AsNoTracking().Where(p => p.PartnerForeignCityId != null)
            .Join(db.ForeignCities, p => p.PartnerForeignCityId, c => c.Id, (p, c) => c.CountryCode)
            .Distinct().ToListAsync(cancellationToken);
        Countries = [("KR", "대한민국(국내)", "Korea (domestic)"), .. await db.Countries.AsNoTracking()
            .Where(c => used.Contains(c.Code)).OrderBy(c => c.NameKo)
            .Select(c => new ValueTuple<string, string, string>(c.Code, c.NameKo, c.NameEn)).ToListAsync(cancellationToken)];
    }

    public string QueryString(int? page = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["government"] = Filter.Government,
            ["q"] = Query.Q,
            ["type"] = Query.Type?.ToString(),
            ["status"] = Query.Status?.ToString(),
            ["country"] = Query.Country,
            ["field"] = Query.Field,
            ["decade"] = Query.Decade?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["scope"] = Scope,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(string.Empty, values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
