using Gyoryu.Domain.Discovery.Profiles;
using Gyoryu.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Data.Reference;

/// <summary>Gives every Korean local government a discovery profile, its specialties and festivals taken from the festival table.</summary>
public static class PlaceProfilePrefill
{
    public const string By = "reference-data";

    public static async Task<int> PrefillGovernmentsAsync(GyoryuDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = (await db.PlaceProfiles.Where(p => p.LocalGovernmentCode != null).Select(p => p.LocalGovernmentCode!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var codes = await db.LocalGovernments.Select(g => g.Code).ToListAsync(cancellationToken);
        var festivalsByHost = FestivalTable.Load().ToLookup(f => f.GovernmentCode, StringComparer.Ordinal);
        var stamp = new Stamp(By, now);
        var source = $"{ReferenceSources.Festivals} ({ReferenceSources.FestivalsDate})";
        var added = 0;
        foreach (var code in codes.Where(c => !existing.Contains(c)))
        {
            var profile = PlaceProfile.Start(new PartnerRef(PartnerKind.LocalGovernment, code, null), stamp);
            profile.PrefillFromFestivals(festivalsByHost[code].Select(f => (f.Name, f.Subject)), source);
            db.PlaceProfiles.Add(profile);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
