using Gyoryu.Domain.Partners;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.LocalGovernments;

public sealed record GovernmentOption(string Code, string NameKo, string NameEn, string ProvinceKo, Tier Tier);

/// <summary>The list of local governments for pickers; reference data, read once per request scope.</summary>
public sealed class GovernmentDirectory(GyoryuDbContext db)
{
    private IReadOnlyList<GovernmentOption>? all;

    public async Task<IReadOnlyList<GovernmentOption>> AllAsync(CancellationToken cancellationToken = default) =>
        all ??= await db.LocalGovernments.AsNoTracking()
            .OrderBy(g => g.ProvinceCode).ThenBy(g => g.Tier).ThenBy(g => g.NameKo)
            .Select(g => new GovernmentOption(g.Code, g.NameKo, g.NameEn, g.ProvinceKo, g.Tier))
            .ToListAsync(cancellationToken);

    public async Task<GovernmentOption?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(g => g.Code == code);
}
