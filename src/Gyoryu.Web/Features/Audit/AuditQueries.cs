using System.Globalization;
using System.Text.Json;
using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Gyoryu.Web.Features.Audit;

/// <summary>Filters of the log; dates are days in Korea, inclusive.</summary>
public sealed record AuditFilter
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Actor { get; init; }

    public string? EntityType { get; init; }

    public string? Action { get; init; }

    /// <summary>Free text, looked for in the actor, the record's label and id, and the changed values.</summary>
    public string? Q { get; init; }

    /// <summary>The cursor of the next (older) page: <see cref="AuditPage.Next"/> of the page before.</summary>
    public string? Before { get; init; }

    public int PageSize { get; init; } = 50;
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, string? Next);

/// <summary>One changed property as a reader sees it.</summary>
public sealed record AuditChange(string Property, string? Before, string? After);

/// <summary>A government's audit log, newest first, read a page at a time along the (TenantCode, At) index.</summary>
public sealed class AuditQueries(GyoryuDbContext db)
{
    public const int MaxPageSize = 200;

    /// <summary>Exports stop here; a longer period is exported in parts.</summary>
    public const int MaxExportRows = 100_000;

    public async Task<AuditPage> PageAsync(string tenantCode, AuditFilter filter, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var query = Filtered(tenantCode, filter);
        if (Cursor.TryParse(filter.Before, out var at, out var id))
        {
            query = query.Where(e => e.At < at || (e.At == at && e.Id < id));
        }

        var rows = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(size + 1).ToListAsync(cancellationToken);
        var next = rows.Count > size ? Cursor.Of(rows[size - 1]) : null;
        return new AuditPage(rows.Count > size ? rows[..size] : rows, next);
    }

    /// <summary>Every entry the filter selects (up to <see cref="MaxExportRows"/>), newest first, for the exports.</summary>
    public Task<List<AuditEntry>> AllAsync(string tenantCode, AuditFilter filter, CancellationToken cancellationToken) =>
        Filtered(tenantCode, filter).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(MaxExportRows).ToListAsync(cancellationToken);

    /// <summary>Which of the entries' records still exist, so the page links only to those.</summary>
    public async Task<HashSet<(string Type, string Id)>> ExistingAsync(IEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var existing = new HashSet<(string, string)>();
        foreach (var group in entries.Where(e => AuditLinks.HasPage(e.EntityType)).GroupBy(e => e.EntityType))
        {
            var ids = group.Select(e => int.TryParse(e.EntityId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n > 0).Distinct().ToList();
            List<int> found = group.Key switch
            {
                nameof(Domain.Partnerships.Partnership) => await db.Partnerships.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken),
                nameof(Domain.Exchanges.Activity) => await db.Activities.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken),
                nameof(Domain.Exchanges.ExchangeProject) => await db.ExchangeProjects.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken),
                nameof(Domain.Discovery.Candidates.Candidate) => await db.Candidates.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken),
                nameof(Domain.Performance.Rubric) => await db.Rubrics.Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken),
                _ => [],
            };
            existing.UnionWith(found.Select(n => (group.Key, n.ToString(CultureInfo.InvariantCulture))));
        }

        return existing;
    }

    /// <summary>The changed properties of an entry, in the order they were recorded.</summary>
    public static IReadOnlyList<AuditChange> Changes(AuditEntry entry)
    {
        using var json = JsonDocument.Parse(string.IsNullOrEmpty(entry.Changes) ? "{}" : entry.Changes);
        return [.. json.RootElement.EnumerateObject().Select(p => new AuditChange(p.Name, Text(p.Value, "before"), Text(p.Value, "after")))];
    }

    private IQueryable<AuditEntry> Filtered(string tenantCode, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking().Where(e => e.TenantCode == tenantCode);
        if (filter.From is { } from)
        {
            var start = KoreaMidnight(from);
            query = query.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = KoreaMidnight(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            query = query.Where(e => e.Actor.Contains(actor));
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(e => e.Actor.Contains(q) || (e.Label != null && e.Label.Contains(q)) || e.EntityId == q || e.Changes.Contains(q));
        }

        return query;
    }

    private static DateTimeOffset KoreaMidnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9));

    private static string? Text(JsonElement change, string side) =>
        change.ValueKind == JsonValueKind.Object && change.TryGetProperty(side, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => value.GetString(),
                _ => value.GetRawText(),
            }
            : null;

    /// <summary>"638712345678900000-42": the instant and id of the last entry shown, so the next page starts right after it.</summary>
    private static class Cursor
    {
        public static string Of(AuditEntry entry) =>
            string.Create(CultureInfo.InvariantCulture, $"{entry.At.UtcTicks}-{entry.Id}");

        public static bool TryParse(string? text, out DateTimeOffset at, out long id)
        {
            at = default;
            id = 0;
            var parts = text?.Split('-');
            if (parts is not [var ticks, var key]
                || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
                || !long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out id)
                || utcTicks < DateTimeOffset.MinValue.UtcTicks || utcTicks > DateTimeOffset.MaxValue.UtcTicks)
            {
                return false;
            }

            at = new DateTimeOffset(utcTicks, TimeSpan.Zero);
            return true;
        }
    }
}
