using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gyoryu.Benchmarks.Seeding;

/// <summary>
/// The app's Identity stores over a benchmark database: the roles the initializer ensures, and the <c>account</c> verb that
/// adds one user (an officer unless told otherwise), so a load test signs in as a real user of the government it reads.
/// </summary>
public static class BenchAccounts
{
    private const string Usage =
        "usage: Gyoryu.Benchmarks account (--db PATH | --postgres \"CONNECTION\") --government CODE --user NAME --password PASSWORD [--role Officer|SystemAdministrator|...]";

    /// <summary>Identity over <paramref name="database"/>, configured like the app (names, password length) but without the web host.</summary>
    public static ServiceProvider Services(BenchDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped(_ => database.Open());
        services.AddIdentityCore<GyoryuUser>(options =>
            {
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789._-";
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GyoryuDbContext>();
        services.AddScoped<AccountSeed>();
        return services.BuildServiceProvider();
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var (database, rest) = BenchDatabase.Parse(args);
        string? government = null, userName = null, password = null;
        var role = Roles.Officer;
        for (var i = 0; i + 1 < rest.Count; i += 2)
        {
            switch (rest[i])
            {
                case "--government": government = rest[i + 1]; break;
                case "--user": userName = rest[i + 1]; break;
                case "--password": password = rest[i + 1]; break;
                case "--role": role = rest[i + 1]; break;
                default: await Console.Error.WriteLineAsync(Usage); return 2;
            }
        }

        if (database is null || rest.Count % 2 != 0 || government is null || userName is null || password is null || !Roles.All.Contains(role))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        await using var provider = Services(database);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GyoryuDbContext>();
        if (!await db.LocalGovernments.AnyAsync(g => g.Code == government))
        {
            await Console.Error.WriteLineAsync($"no local government {government} in {database.Description}");
            return 2;
        }

        await scope.ServiceProvider.GetRequiredService<AccountSeed>().EnsureRolesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GyoryuUser>>();
        var user = new GyoryuUser
        {
            UserName = userName,
            DisplayName = $"벤치마크 {Roles.KoreanName(role)} ({government})",
            GovernmentCode = government,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        foreach (var result in new Func<Task<IdentityResult>>[] { () => users.CreateAsync(user, password), () => users.AddToRoleAsync(user, role) })
        {
            var outcome = await result();
            if (!outcome.Succeeded)
            {
                await Console.Error.WriteLineAsync($"could not create {userName}: {string.Join("; ", outcome.Errors.Select(e => e.Description))}");
                return 1;
            }
        }

        Console.WriteLine($"{userName}: officer of {government} in {database.Description}");
        return 0;
    }
}
