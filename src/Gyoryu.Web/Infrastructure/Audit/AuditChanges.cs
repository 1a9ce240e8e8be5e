using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gyoryu.Domain.Common;
using Gyoryu.Domain.Partners;
using Gyoryu.Domain.Partnerships;
using Gyoryu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gyoryu.Web.Infrastructure.Audit;

/// <summary>
/// Reads the change tracker before a save and groups what changed by record: a child (a partnership's meeting, a rubric's
/// criterion, an activity's attachment) belongs to the record that owns it through a cascading collection, so one lifecycle
/// step is one entry. Values are taken now, while the tracker still knows the originals.
/// </summary>
internal static class AuditChanges
{
    /// <summary>Longer text is cut here: a log entry should stay readable, not copy a 20,000-character minute.</summary>
    public const int MaxTextLength = 2000;

    // Reference and bulk data, the bytes store (its metadata row is logged with the record) and the log itself.
    private static readonly HashSet<Type> Excluded =
    [
        typeof(LocalGovernment), typeof(Country), typeof(ForeignCity), typeof(Domain.Discovery.Network.TwinLink), typeof(DocumentContent), typeof(AuditEntry),
        // Key material and sign-in tokens are secrets; an account's own changes are logged without them (below).
        typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey), typeof(Microsoft.AspNetCore.Identity.IdentityUserToken<string>),
    ];

    // An account's secrets: the log says that they changed, never what they are.
    private static readonly HashSet<string> Secrets = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    // Who and when are the entry's own columns; repeating them (and the version counter) in every change is noise.
    private static readonly HashSet<string> Stamps =
    [
        "Version", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "RecordedAt", "RecordedBy", "UploadedAt", "UploadedBy", "StatusAfter",
    ];

    // Timeline kinds that are lifecycle steps rather than edits of the record.
    private static readonly HashSet<TimelineKind> Steps =
    [
        TimelineKind.InformationGathering, TimelineKind.WorkingMeeting, TimelineKind.CouncilApproval, TimelineKind.AgreementSigned,
        TimelineKind.UpgradedToSisterCity, TimelineKind.Renewed, TimelineKind.MarkedDormant, TimelineKind.Reactivated, TimelineKind.Terminated,
    ];

    public static bool IsAudited(Type type) => !Excluded.Contains(type);

    /// <summary>One record's changes in this save; <see cref="Root"/> is null when only children of an untracked record changed.</summary>
    public sealed class Record(string entityType)
    {
        public string EntityType { get; } = entityType;

        public EntityEntry? Root { get; set; }

        /// <summary>The key when the root is not tracked (children added by foreign key alone).</summary>
        public string? UntrackedKey { get; set; }

        public string Action { get; set; } = AuditAction.Updated;

        public string? Step { get; set; }

        public JsonObject Changes { get; } = [];

        public string? TenantCode { get; set; }

        public string? Label { get; set; }

        public string EntityId => Root is null
            ? UntrackedKey ?? string.Empty
            : string.Join(',', Root.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(Root.Property(p.Name).CurrentValue)));
    }

    public static List<Record> Collect(DbContext context)
    {
        var records = new Dictionary<object, Record>();
        var childNumbers = new Dictionary<Record, int>();
        var tracked = context.ChangeTracker.Entries().ToList();
        Dictionary<(IEntityType, string), EntityEntry>? byKey = null;
        foreach (var entry in tracked)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !IsAudited(entry.Metadata.ClrType))
            {
                continue;
            }

            byKey ??= tracked.GroupBy(e => (e.Metadata, KeyText(e))).ToDictionary(g => g.Key, g => g.First());
            var (rootEntry, rootType, rootKey) = RootOf(byKey, entry);
            object groupKey = rootEntry?.Entity ?? $"{rootType.ClrType.Name}#{rootKey}";
            if (!records.TryGetValue(groupKey, out var record))
            {
                record = new Record(rootType.ClrType.Name) { Root = rootEntry, UntrackedKey = rootKey };
                records[groupKey] = record;
            }

            if (ReferenceEquals(entry, rootEntry) || (rootEntry is not null && ReferenceEquals(entry.Entity, rootEntry.Entity)))
            {
                record.Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => record.Action,
                };
                AddValues(record.Changes, entry, prefix: null);
            }
            else
            {
                var number = childNumbers[record] = childNumbers.GetValueOrDefault(record) + 1;
                var name = entry.Metadata.ClrType.Name;
                var prefix = entry.State == EntityState.Added ? $"{name}[+{number}]" : $"{name}[{KeyText(entry)}]";
                AddValues(record.Changes, entry, prefix);
                if (entry.Entity is TimelineEntry timeline && entry.State == EntityState.Added)
                {
                    record.Step = timeline.Kind.ToString();
                    if (record.Action == AuditAction.Updated && Steps.Contains(timeline.Kind))
                    {
                        record.Action = AuditAction.Step;
                    }
                }
            }
        }

        foreach (var record in records.Values)
        {
            record.TenantCode = record.Root is { } root ? Owner(root) : null;
            record.Label = record.Root is { } labelled ? Label(labelled) : null;
        }

        // A save that only bumped a version or a stamp changed nothing a reader would want to see.
        return [.. records.Values.Where(r => r.Changes.Count > 0 || r.Action != AuditAction.Updated)];
    }

    /// <summary>The owning record: up through required cascading foreign keys whose principal lists the dependants.</summary>
    private static (EntityEntry? Entry, IEntityType Type, string? Key) RootOf(Dictionary<(IEntityType, string), EntityEntry> byKey, EntityEntry entry)
    {
        var current = entry;
        while (true)
        {
            var owner = current.Metadata.GetForeignKeys()
                .FirstOrDefault(fk => fk.IsRequired && fk.DeleteBehavior == DeleteBehavior.Cascade && fk.PrincipalToDependent is { IsCollection: true });
            if (owner is null)
            {
                return (current, current.Metadata, null);
            }

            var key = string.Join(',', owner.Properties.Select(p =>
                Text(current.State == EntityState.Deleted ? current.Property(p.Name).OriginalValue : current.Property(p.Name).CurrentValue)));
            if (!byKey.TryGetValue((owner.PrincipalEntityType, key), out var principal))
            {
                return (null, owner.PrincipalEntityType, key);
            }

            current = principal;
        }
    }

    private static void AddValues(JsonObject changes, EntityEntry entry, string? prefix)
    {
        var parentKeys = entry.Metadata.GetForeignKeys().Where(fk => fk.PrincipalToDependent is not null).SelectMany(fk => fk.Properties).ToHashSet();
        foreach (var property in entry.Properties)
        {
            var metadata = property.Metadata;
            if (metadata.IsPrimaryKey() || parentKeys.Contains(metadata) || metadata.IsShadowProperty() || Stamps.Contains(metadata.Name))
            {
                continue;
            }

            var name = prefix is null ? metadata.Name : $"{prefix}.{metadata.Name}";
            if (Secrets.Contains(metadata.Name))
            {
                if (entry.State == EntityState.Modified && property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                {
                    changes[name] = new JsonObject { ["after"] = "(변경됨)" };
                }

                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null && !property.IsTemporary:
                    changes[name] = new JsonObject { ["after"] = Value(property.CurrentValue) };
                    break;
                case EntityState.Deleted when property.OriginalValue is not null:
                    changes[name] = new JsonObject { ["before"] = Value(property.OriginalValue) };
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new JsonObject { ["before"] = Value(property.OriginalValue), ["after"] = Value(property.CurrentValue) };
                    break;
            }
        }
    }

    private static string? Owner(EntityEntry root)
    {
        foreach (var name in (string[])["OwnerCode", "GovernmentCode"])
        {
            if (root.Metadata.FindProperty(name) is { ClrType: var type } && type == typeof(string))
            {
                return (string?)(root.State == EntityState.Deleted ? root.Property(name).OriginalValue : root.Property(name).CurrentValue);
            }
        }

        return null;
    }

    private static string? Label(EntityEntry root)
    {
        foreach (var name in (string[])["Title", "Name", "FileName", "PlaceKey"])
        {
            if (root.Metadata.FindProperty(name) is { ClrType: var type } && type == typeof(string)
                && root.Property(name).CurrentValue is string { Length: > 0 } text)
            {
                return text.Length <= AuditEntry.MaxLabelLength ? text : text[..AuditEntry.MaxLabelLength];
            }
        }

        return null;
    }

    private static string KeyText(EntityEntry entry) =>
        string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));

    /// <summary>A JSON value for a column value: text for dates and enums, a size and checksum instead of bytes.</summary>
    private static JsonNode? Value(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        int or long or short or byte => JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double or float or decimal => JsonValue.Create(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        byte[] bytes => JsonValue.Create($"({bytes.Length:N0} bytes, SHA-256 {Convert.ToHexStringLower(SHA256.HashData(bytes))})"),
        string text when text.Length > MaxTextLength => JsonValue.Create(string.Create(CultureInfo.InvariantCulture, $"{text[..MaxTextLength]}… ({text.Length:N0}자)")),
        _ => JsonValue.Create(Text(value)),
    };

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTime at => at.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PartialDate partial => partial.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static string Json(JsonObject changes) => changes.ToJsonString(JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
