using Gyoryu.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Account;

/// <summary>The roles every database has, and the demo accounts that go with the demo data (listed in the README).</summary>
public sealed class AccountSeed(RoleManager<IdentityRole> roles, UserManager<GyoryuUser> users, GyoryuDbContext db, TimeProvider clock)
{
    /// <summary>The password of every demo account; the demo data is for trying Gyoryu out, never for production.</summary>
    public const string DemoPassword = "gyoryu-demo-2026";

    public static readonly IReadOnlyList<DemoAccount> DemoAccounts =
    [
        new("system.admin", "시스템 관리자", "41570", Roles.SystemAdministrator),
        new("gimpo.admin", "김포시 대외협력팀장", "41570", Roles.GovernmentAdministrator),
        new("gimpo.officer", "김포시 대외협력팀 김교류 주무관", "41570", Roles.Officer),
        new("gimpo.viewer", "김포시 기획예산과 열람자", "41570", Roles.Viewer),
        new("yongin.admin", "용인특례시 국제협력팀장", "41460", Roles.GovernmentAdministrator),
        new("yongin.officer", "용인특례시 국제협력팀 이우호 주무관", "41460", Roles.Officer),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Succeeded(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    /// <summary>Adds the demo accounts to a database that has none, and a guest of 김포–글렌데일 when that tie exists.</summary>
    public async Task SeedDemoAccountsAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var account in DemoAccounts)
        {
            await CreateAsync(account.UserName, account.DisplayName, account.GovernmentCode, account.Role, partnershipId: null);
        }

        var glendale = await db.Partnerships.AsNoTracking()
            .Where(p => p.OwnerCode == "41570" && db.ForeignCities.Any(c => c.Id == p.PartnerForeignCityId && c.NameEn == "Glendale"))
            .Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (glendale is int id)
        {
            await CreateAsync("glendale.guest", "Glendale Sister City Commission", "41570", Roles.PartnerGuest, id);
        }
    }

    private async Task CreateAsync(string userName, string displayName, string governmentCode, string role, int? partnershipId)
    {
        var user = new GyoryuUser
        {
            UserName = userName,
            DisplayName = displayName,
            GovernmentCode = governmentCode,
            PartnershipId = partnershipId,
            CreatedAt = clock.GetUtcNow(),
        };
        Succeeded(await users.CreateAsync(user, DemoPassword), userName);
        Succeeded(await users.AddToRoleAsync(user, role), userName);
    }

    private static void Succeeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}

public sealed record DemoAccount(string UserName, string DisplayName, string GovernmentCode, string Role);
