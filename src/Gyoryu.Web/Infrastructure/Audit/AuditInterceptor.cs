using System.Runtime.CompilerServices;
using System.Security.Claims;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Gyoryu.Web.Infrastructure.Officers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Gyoryu.Web.Infrastructure.Audit;

/// <summary>
/// Writes the audit entries of every save in the same transaction as the save. Changes to existing records are read before the
/// save and their entries added to it, so EF's own transaction holds both. A save that creates records needs their new ids: it
/// runs in a transaction started here (unless the caller has one), and the entries are saved after the data, before the commit.
/// A failed save leaves no entry behind. Saves under <see cref="AuditScope.Suppress"/> are left alone.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor http, TimeProvider clock, IOptions<GyoryuOptions> options) : SaveChangesInterceptor
{
    public const string SystemActor = "시스템";
    public const string AnonymousActor = "익명 (공개 페이지)";

    private readonly ConditionalWeakTable<DbContext, Batch> batches = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Begin(eventData.Context) is { NeedsTransaction: true } batch)
        {
            batch.Transaction = eventData.Context!.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Begin(eventData.Context) is { NeedsTransaction: true } batch)
        {
            batch.Transaction = await eventData.Context!.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } batch)
        {
            var context = eventData.Context!;
            if (batch.AfterSave)
            {
                batch.Entries = Add(context, batch);
                batch.Writing = true;
                context.SaveChanges();
                batch.Transaction?.Commit();
                batch.Transaction?.Dispose();
            }

            End(context, batch);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } batch)
        {
            var context = eventData.Context!;
            if (batch.AfterSave)
            {
                batch.Entries = Add(context, batch);
                batch.Writing = true;
                await context.SaveChangesAsync(cancellationToken);
                if (batch.Transaction is { } transaction)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                }
            }

            End(context, batch);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Reads what is about to be saved; null when nothing is audited (or when this is the save of the entries themselves).</summary>
    private Batch? Begin(DbContext? context)
    {
        if (context is null || AuditScope.IsSuppressed)
        {
            return null;
        }

        if (batches.TryGetValue(context, out var earlier))
        {
            if (earlier.Writing)
            {
                return null;
            }

            // A concurrency conflict is not reported as a failed save, and its reader was still open when it was: clean up now.
            Abandon(context);
        }

        if (context.ChangeTracker.AutoDetectChangesEnabled)
        {
            context.ChangeTracker.DetectChanges();
        }

        var records = AuditChanges.Collect(context);
        if (records.Count == 0)
        {
            return null;
        }

        var afterSave = records.Any(r => r.Root is { State: EntityState.Added } root && root.Properties.Any(p => p.Metadata.IsPrimaryKey() && p.IsTemporary));
        var batch = new Batch(records, Actor(), clock.GetUtcNow())
        {
            AfterSave = afterSave,
            NeedsTransaction = afterSave && context.Database.CurrentTransaction is null,
        };
        if (context is GyoryuDbContext db)
        {
            foreach (var record in records.Where(r => r.Root?.Entity is Partnership))
            {
                record.Label = PartnerName(db, (Partnership)record.Root!.Entity);
            }
        }

        if (!afterSave)
        {
            batch.Entries = Add(context, batch);
        }

        batches.AddOrUpdate(context, batch);
        return batch;
    }

    private Batch? Take(DbContext? context) =>
        context is not null && batches.TryGetValue(context, out var batch) && !batch.Writing ? batch : null;

    private static List<AuditEntry> Add(DbContext context, Batch batch)
    {
        var entries = batch.Records.Select(r => new AuditEntry
        {
            At = batch.At,
            Actor = batch.Actor.Name,
            ActorId = batch.Actor.Id,
            TenantCode = r.TenantCode ?? batch.Actor.TenantCode ?? string.Empty,
            EntityType = r.EntityType,
            EntityId = r.EntityId,
            Action = r.Action,
            Step = r.Step,
            Label = r.Label,
            Changes = AuditChanges.Json(r.Changes),
            RequestPath = batch.Actor.RequestPath,
            TraceId = batch.Actor.TraceId,
        }).ToList();
        context.Set<AuditEntry>().AddRange(entries);
        return entries;
    }

    // The log is written, not worked with: keeping the rows tracked would only grow a long-lived context.
    private void End(DbContext context, Batch batch)
    {
        Detach(context, batch);
        batches.Remove(context);
    }

    private void Abandon(DbContext? context)
    {
        if (context is null || !batches.TryGetValue(context, out var batch))
        {
            return;
        }

        batches.Remove(context);
        Detach(context, batch);
        if (batch.Transaction is { } transaction)
        {
            transaction.Rollback();
            transaction.Dispose();
        }
    }

    private static void Detach(DbContext context, Batch batch)
    {
        foreach (var entry in batch.Entries)
        {
            context.Entry(entry).State = EntityState.Detached;
        }
    }

    private Who Actor()
    {
        if (AuditScope.Actor is { } scoped)
        {
            return new Who(scoped.Name, scoped.Id, scoped.TenantCode ?? options.Value.DefaultGovernmentCode, null, null);
        }

        if (http.HttpContext is { } request)
        {
            var path = request.Request.Path.Value is { Length: > 300 } longPath ? longPath[..300] : request.Request.Path.Value;
            var traceId = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? request.TraceIdentifier;
            var userId = request.User.FindFirstValue(ClaimTypes.NameIdentifier);
            var officer = request.RequestServices.GetService<CurrentOfficer>();
            if (request.User.Identity?.IsAuthenticated != true && request.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                return new Who(AnonymousActor, null, officer?.GovernmentCode ?? options.Value.DefaultGovernmentCode, path, traceId);
            }

            if (officer is not null)
            {
                // The name comes from the database; asking the context being saved is safe before its save starts.
                return new Who(Truncate(officer.Name), userId, officer.GovernmentCode, path, traceId);
            }
        }

        return new Who(SystemActor, null, options.Value.DefaultGovernmentCode, null, null);
    }

    private static string? PartnerName(GyoryuDbContext db, Partnership partnership) =>
        partnership.PartnerForeignCityId is { } cityId
            ? db.ForeignCities.AsNoTracking().Where(c => c.Id == cityId).Select(c => c.NameKo ?? c.NameEn).FirstOrDefault()
            : db.LocalGovernments.AsNoTracking().Where(g => g.Code == partnership.PartnerLocalGovernmentCode).Select(g => g.NameKo).FirstOrDefault();

    private static string Truncate(string name) => name.Length <= 100 ? name : name[..100];

    private sealed record Who(string Name, string? Id, string? TenantCode, string? RequestPath, string? TraceId);

    private sealed class Batch(List<AuditChanges.Record> records, Who actor, DateTimeOffset at)
    {
        public List<AuditChanges.Record> Records { get; } = records;

        public Who Actor { get; } = actor;

        public DateTimeOffset At { get; } = at;

        /// <summary>True when the save creates records: their entries wait for the ids the database gives them.</summary>
        public bool AfterSave { get; init; }

        public bool NeedsTransaction { get; init; }

        public List<AuditEntry> Entries { get; set; } = [];

        public IDbContextTransaction? Transaction { get; set; }

        /// <summary>True while the entries themselves are saved, so that nested save is not audited again.</summary>
        public bool Writing { get; set; }
    }
}
