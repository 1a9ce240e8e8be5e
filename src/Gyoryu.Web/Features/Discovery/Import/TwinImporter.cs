using System.Diagnostics;
using System.Security.Cryptography;
using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Discovery.Network;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Discovery.Import;

public enum TwinImportStage
{
    Reading,
    Matching,
    CreatingPlaces,
    Saving,
    Done,
}

/// <summary>How far an import has come in its current stage: rows matched, places created or links saved, of how many.</summary>
public sealed record TwinImportProgress(TwinImportStage Stage, int Processed, int Total);

public enum TwinImportResultKind
{
    /// <summary>The list was stored (possibly adding nothing when every row was known already from another file).</summary>
    Imported,

    /// <summary>The same file was imported before and nothing in it is new: nothing was written.</summary>
    AlreadyImported,

    /// <summary>The file is not a readable twin-town list: nothing was written; see the errors.</summary>
    Malformed,
}

/// <summary>What an import did. For <see cref="TwinImportResultKind.AlreadyImported"/> the counts are the earlier import's.</summary>
public sealed record TwinImportResult(
    TwinImportResultKind Kind,
    int? ImportId,
    string FileName,
    string Sha256,
    int Rows,
    int LinksAdded,
    int LinksAlreadyKnown,
    int PlacesCreated,
    int UnmatchedRows,
    IReadOnlyList<TwinUnmatched> Unmatched,
    IReadOnlyList<TwinListError> Errors,
    TimeSpan Elapsed)
{
    public static TwinImportResult Refused(string fileName, string sha256, IReadOnlyList<TwinListError> errors, TimeSpan elapsed) =>
        new(TwinImportResultKind.Malformed, null, fileName, sha256, 0, 0, 0, 0, 0, [], errors, elapsed);
}

/// <summary>
/// Imports a twin-town list: parses it, matches its places to local governments and foreign cities, and in one transaction creates the
/// foreign cities no row matched, adds the links not stored yet and records the import with its unmatched report.
/// </summary>
public sealed class TwinImporter(
    GyoryuDbContext db, TimeProvider clock, IEnumerable<IDiscoveryNetworkListener> listeners, ILogger<TwinImporter> logger)
{
    public const int BatchSize = 2000;

    /// <summary>Rows saved between progress reports.</summary>
    public const int SaveBatchSize = 1000;

    public async Task<TwinImportResult> ImportAsync(
        byte[] content, string fileName, string importedBy, IProgress<TwinImportProgress>? progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        fileName = Path.GetFileName(fileName.Trim());
        fileName = fileName.Length > 260 ? fileName[^260..] : fileName;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        progress?.Report(new TwinImportProgress(TwinImportStage.Reading, 0, 0));

        if (TwinListBytes.Decode(content, out var unreadable) is not { } text)
        {
            return TwinImportResult.Refused(fileName, sha256, [unreadable!], watch.Elapsed);
        }

        var parse = TwinList.Parse(text);
        if (!parse.IsValid)
        {
            return TwinImportResult.Refused(fileName, sha256, parse.Errors, watch.Elapsed);
        }

        var total = parse.Rows.Count;
        var parsedAt = watch.Elapsed;
        var known = await KnownPlaces.LoadAsync(db, cancellationToken);
        var loadedAt = watch.Elapsed;
        var matcher = new TwinPlaceMatcher(known.Governments, known.Cities, known.CountryCodesByName);
        var matched = new List<TwinRowMatch>(total);
        var unmatched = new List<TwinUnmatched>();
        foreach (var chunk in parse.Rows.Chunk(BatchSize))
        {
            var result = matcher.MatchAll(chunk);
            matched.AddRange(result.Rows);
            unmatched.AddRange(result.Unmatched);
            progress?.Report(new TwinImportProgress(TwinImportStage.Matching, matched.Count, total));
            cancellationToken.ThrowIfCancellationRequested();
        }

        var plan = Plan(matched, unmatched, known);
        var matchedAt = watch.Elapsed;
        var rows = total + parse.DuplicatesCollapsed;
        var alreadyKnown = plan.AlreadyKnown + parse.DuplicatesCollapsed;
        if (plan.NewCities.Count == 0 && plan.NewLinks.Count == 0
            && await db.TwinImports.AsNoTracking().Where(i => i.Sha256 == sha256).OrderBy(i => i.Id).FirstOrDefaultAsync(cancellationToken) is { } earlier)
        {
            progress?.Report(new TwinImportProgress(TwinImportStage.Done, total, total));
            return new TwinImportResult(
                TwinImportResultKind.AlreadyImported, earlier.Id, earlier.FileName, sha256, earlier.Rows, earlier.LinksAdded, earlier.LinksAlreadyKnown,
                earlier.PlacesCreated, earlier.UnmatchedRows, earlier.Unmatched(), [], watch.Elapsed);
        }

        var import = TwinImport.Start(fileName, sha256, rows, new Stamp(importedBy, clock.GetUtcNow()));
        import.Counted(plan.NewLinks.Count, alreadyKnown, plan.NewCities.Count, plan.Unmatched);
        await SaveAsync(import, plan, total, progress, cancellationToken);
        progress?.Report(new TwinImportProgress(TwinImportStage.Done, total, total));
        logger.LogInformation(
            "Twin import {Id} of {File}: {Rows} rows, {Links} links added, {Places} places created, {Unmatched} unmatched; parsed {Parse} ms, known places loaded {Load} ms, matched {Match} ms, saved {Save} ms",
            import.Id, fileName, rows, plan.NewLinks.Count, plan.NewCities.Count, import.UnmatchedRows, (int)parsedAt.TotalMilliseconds,
            (int)(loadedAt - parsedAt).TotalMilliseconds, (int)(matchedAt - loadedAt).TotalMilliseconds, (int)(watch.Elapsed - matchedAt).TotalMilliseconds);

        if (plan.NewLinks.Count > 0)
        {
            await NotifyAsync(import.Id, cancellationToken);
        }

        return new TwinImportResult(
            TwinImportResultKind.Imported, import.Id, fileName, sha256, rows, plan.NewLinks.Count, alreadyKnown, plan.NewCities.Count,
            import.UnmatchedRows, import.Unmatched(), [], watch.Elapsed);
    }

    /// <summary>Which cities and links are new. A city to create is keyed by its reference id, so two rows naming it create it once.</summary>
    private static ImportPlan Plan(IReadOnlyList<TwinRowMatch> rows, List<TwinUnmatched> unmatched, KnownPlaces known)
    {
        var unmatchedLines = unmatched.Select(u => u.Line).ToHashSet();
        var newCities = new Dictionary<string, ForeignCity>(StringComparer.Ordinal);
        var newLinks = new List<PlannedLink>();
        var linkKeys = new HashSet<(string, string)>(known.Links);
        var alreadyKnown = 0;

        foreach (var row in rows.Where(r => !unmatchedLines.Contains(r.Line)))
        {
            if (CountryNotInReference(row, known) is { } missing)
            {
                unmatched.Add(missing);
                continue;
            }

            var first = Place(row.First, known, newCities);
            var second = Place(row.Second, known, newCities);
            if (PlaceKey.Ordered(first.Key, second.Key) is var key && key.First == key.Second)
            {
                unmatched.Add(SamePlace(row));
            }
            else if (linkKeys.Add(key))
            {
                newLinks.Add(new PlannedLink(first, second, row.Line));
            }
            else
            {
                alreadyKnown++;
            }
        }

        return new ImportPlan([.. newCities.Values], newLinks, alreadyKnown, unmatched);
    }

    // Aliases such as Kosovo (XK) resolve to codes the country table may not hold, and a city needs its country.
    private static TwinUnmatched? CountryNotInReference(TwinRowMatch row, KnownPlaces known)
    {
        var (side, match) = row.First.Kind == PlaceMatchKind.NewForeignCity && !known.CountryCodes.Contains(row.First.CountryCode!)
            ? (1, row.First)
            : (2, row.Second);
        return match.Kind == PlaceMatchKind.NewForeignCity && !known.CountryCodes.Contains(match.CountryCode!)
            ? new TwinUnmatched(
                row.Line, side, match.Name, match.CountryCode!, "twin-match.country-not-in-reference",
                $"국가 코드 '{match.CountryCode}'이(가) 국가 목록에 없어 도시를 만들 수 없습니다.",
                $"The country code '{match.CountryCode}' is not in the country list, so the city cannot be created.")
            : null;
    }

    private static TwinUnmatched SamePlace(TwinRowMatch row) => new(
        row.Line, 2, row.Second.Name, row.Second.CountryCode ?? string.Empty, "twin-match.same-place",
        $"'{row.First.Name}'와(과) '{row.Second.Name}'은(는) 같은 곳으로 연결되어 자기 자신과의 교류가 됩니다.",
        $"'{row.First.Name}' and '{row.Second.Name}' resolve to the same place, which cannot be twinned with itself.");

    private static PlannedPlace Place(PlaceMatch match, KnownPlaces known, Dictionary<string, ForeignCity> newCities)
    {
        if (match.GovernmentCode is { } code)
        {
            return new PlannedPlace(PlaceKey.OfGovernment(code), null);
        }

        if (match.ForeignCityId is { } id)
        {
            return new PlannedPlace(PlaceKey.OfForeignCity(id), null);
        }

        var reference = ForeignCity.TwinListReferenceId(match.Name, match.CountryCode!);
        if (known.TwinCityIds.TryGetValue(reference, out var existing))
        {
            return new PlannedPlace(PlaceKey.OfForeignCity(existing), null);
        }

        if (!newCities.TryGetValue(reference, out var city))
        {
            newCities[reference] = city = ForeignCity.FromTwinList(match.Name, match.CountryCode!, match.Latitude, match.Longitude);
        }

        return new PlannedPlace(reference, city);
    }

    private async Task SaveAsync(TwinImport import, ImportPlan plan, int total, IProgress<TwinImportProgress>? progress, CancellationToken cancellationToken)
    {
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.TwinImports.Add(import);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();

                // Cities first: a link to a city created here needs the id the database gives it.
                // SQLite binds parameters by name in time quadratic in their number per statement and has no round trip to save, so one row each.
                var sqlite = db.Database.IsSqlite();
                await using var cities = new PreparedInsert<ForeignCity>(db, rowsPerStatement: sqlite ? 1 : 500);
                var byReference = plan.NewCities.ToDictionary(c => c.ReferenceId!, StringComparer.Ordinal);
                foreach (var batch in plan.NewCities.Chunk(SaveBatchSize))
                {
                    foreach (var (id, reference) in await cities.InsertAsync(batch, nameof(ForeignCity.ReferenceId), cancellationToken))
                    {
                        plan.CreatedIds[byReference[reference!]] = id;
                    }

                    progress?.Report(new TwinImportProgress(TwinImportStage.CreatingPlaces, plan.CreatedIds.Count, plan.NewCities.Count));
                }

                await using var links = new PreparedInsert<TwinLink>(db, rowsPerStatement: sqlite ? 1 : 1000);
                var done = 0;
                foreach (var batch in plan.NewLinks.Chunk(SaveBatchSize))
                {
                    await links.InsertAsync(
                        [.. batch.Select(l => TwinLink.Between(plan.KeyOf(l.First), plan.KeyOf(l.Second), import.Id, l.Line))], null, cancellationToken);
                    done += batch.Length;
                    progress?.Report(new TwinImportProgress(TwinImportStage.Saving, done, plan.NewLinks.Count));
                }

                await transaction.CommitAsync(cancellationToken);
            });
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task NotifyAsync(int importId, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener.NetworkChangedAsync(importId, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The import is committed; a failing listener (weight fitting) must not make it look failed.
                logger.LogError(e, "Twin import {Id}: {Listener} failed", importId, listener.GetType().Name);
            }
        }
    }

    /// <summary>A resolved place; <see cref="City"/> is set when the import creates it, and its key is known only after saving.</summary>
    private sealed record PlannedPlace(string Key, ForeignCity? City);

    private sealed record PlannedLink(PlannedPlace First, PlannedPlace Second, int Line);

    private sealed record ImportPlan(IReadOnlyList<ForeignCity> NewCities, IReadOnlyList<PlannedLink> NewLinks, int AlreadyKnown, IReadOnlyList<TwinUnmatched> Unmatched)
    {
        public Dictionary<ForeignCity, int> CreatedIds { get; } = new(ReferenceEqualityComparer.Instance);

        public string KeyOf(PlannedPlace place) => place.City is null ? place.Key : PlaceKey.OfForeignCity(CreatedIds[place.City]);
    }
}
