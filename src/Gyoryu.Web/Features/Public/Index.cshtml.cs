using Gyoryu.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gyoryu.Web.Features.Public;

/// <summary>/public: a citizen picks a local government that has signed partners, by province or by name.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicQueries queries) : PageModel
{
    public string? Q { get; private set; }

    public IReadOnlyList<IGrouping<string, PublicGovernment>> Provinces { get; private set; } = [];

    public int Count { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var all = await queries.GovernmentsAsync(cancellationToken);
        var folded = Q is null ? null : SearchText.Fold(Q);
        var found = all.Where(g => Q is null || g.NameKo.Contains(Q, StringComparison.Ordinal) || g.ProvinceKo.Contains(Q, StringComparison.Ordinal)
                                   || SearchText.Fold(g.NameEn).Contains(folded!, StringComparison.Ordinal)).ToList();
        Count = found.Count;
        Provinces = found.GroupBy(g => g.ProvinceKo).ToList();
    }
}
