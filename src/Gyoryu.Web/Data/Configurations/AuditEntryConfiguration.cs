using Gyoryu.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // No foreign keys: the log outlives the records and governments it names.
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(100);
        builder.Property(e => e.ActorId).HasMaxLength(100);
        builder.Property(e => e.TenantCode).HasMaxLength(5);
        builder.Property(e => e.EntityType).HasMaxLength(60);
        builder.Property(e => e.EntityId).HasMaxLength(100);
        builder.Property(e => e.Action).HasMaxLength(20);
        builder.Property(e => e.Step).HasMaxLength(40);
        builder.Property(e => e.Label).HasMaxLength(AuditEntry.MaxLabelLength);
        builder.Property(e => e.RequestPath).HasMaxLength(300);
        builder.Property(e => e.TraceId).HasMaxLength(100);

        // The government's log newest first, and one record's history.
        builder.HasIndex(e => new { e.TenantCode, e.At });
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
