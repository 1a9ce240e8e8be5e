using System.ComponentModel.DataAnnotations;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Discovery.Profiles;
using Gyoryu.Domain.Discovery.Scoring;
using Gyoryu.Web.Data;
using Gyoryu.Web.Features.Partnerships;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery.Profiles;

/// <summary>Edits of a place profile, shared by the edit page and the JSON API; a place without a profile gets one on its first save.</summary>
public sealed class PlaceProfileCommands(GyoryuDbContext db, CurrentOfficer officer)
{
    public async Task<Outcome> SaveAsync(string placeKey, ProfileInput input, CancellationToken cancellationToken)
    {
        if (!PlaceKey.TryParse(placeKey, out var place) || await Places.NameAsync(db, placeKey, cancellationToken) is null)
        {
            return Outcome.NotFound;
        }

        var expectedVersion = input.Version!.Value;
        var profile = await db.PlaceProfiles.SingleOrDefaultAsync(p => p.PlaceKey == placeKey, cancellationToken);
        if ((profile?.Version ?? 0) != expectedVersion)
        {
            return Outcome.Stale;
        }

        var stamp = officer.Stamp();
        try
        {
            var industries = Codes<Industry>(input.Industries, "Industries", "알 수 없는 산업 코드입니다", "Unknown industry code");
            var goalTags = Codes<GoalTag>(input.GoalTags, "GoalTags", "알 수 없는 발전 목표 코드입니다", "Unknown development-goal code");
            if (profile is null)
            {
                profile = PlaceProfile.Start(place, stamp);
                db.PlaceProfiles.Add(profile);

                // Version 0 stands for "no profile yet", so a second officer who also saw none is refused, not merged.
                db.Entry(profile).Property(p => p.Version).CurrentValue = 1;
            }
            else
            {
                db.Entry(profile).Property(p => p.Version).OriginalValue = expectedVersion;
            }

            profile.Describe(industries, goalTags, input.GoalText, input.Coastal, Lines(input.Specialties), Lines(input.Festivals), input.Source, stamp);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(OutcomeKind.Done, profile.Id, profile.Version);
        }
        catch (DomainRuleException refusal)
        {
            return Outcome.Refused(refusal);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Stale;
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<PlaceProfile>().Any(e => e.State == EntityState.Added))
        {
            // Someone else wrote the first profile of this place between our read and our insert.
            return Outcome.Stale;
        }
    }

    private static string? Lines(IEnumerable<string>? items) => items is null ? null : string.Join('\n', items);

    private static List<T> Codes<T>(IEnumerable<string>? names, string field, string korean, string english)
        where T : struct, Enum
    {
        var codes = new List<T>();
        foreach (var name in (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()))
        {
            codes.Add(!name.All(char.IsAsciiDigit) && Enum.TryParse<T>(name, ignoreCase: true, out var code) && Enum.IsDefined(code)
                ? code
                : throw new DomainRuleException($"profile.{field.ToLowerInvariant()}-unknown", $"{korean}: {name}", $"{english}: {name}", field));
        }

        return codes;
    }
}

/// <summary>A profile as an officer writes it: industries and goal tags by code name ("Tourism"), one specialty or festival per item.</summary>
public sealed record ProfileInput
{
    public IReadOnlyList<string>? Industries { get; init; }

    public IReadOnlyList<string>? GoalTags { get; init; }

    [StringLength(PlaceProfile.MaxGoalTextLength, ErrorMessage = "발전 목표는 2000자 이하로 입력하세요.")]
    public string? GoalText { get; init; }

    /// <summary>True on the coast, false inland, null when nobody has said.</summary>
    public bool? Coastal { get; init; }

    public IReadOnlyList<string>? Specialties { get; init; }

    public IReadOnlyList<string>? Festivals { get; init; }

    [StringLength(PlaceProfile.MaxSourceLength, ErrorMessage = "출처는 500자 이하로 입력하세요.")]
    public string? Source { get; init; }

    /// <summary>The version the author saw (0 for a place without a profile yet); a stale one is refused with 409.</summary>
    [Required(ErrorMessage = "버전 정보가 없습니다.")]
    public int? Version { get; init; }
}
