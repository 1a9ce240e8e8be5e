using Gyoryu.Domain.Discovery;
using Gyoryu.Domain.Discovery.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gyoryu.Web.Data.Configurations;

internal sealed class TwinImportConfiguration : IEntityTypeConfiguration<TwinImport>
{
    public void Configure(EntityTypeBuilder<TwinImport> builder)
    {
        builder.ToTable("TwinImports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.ImportedBy).HasMaxLength(100);
        builder.Property(i => i.FitSummary).HasMaxLength(1000);
        builder.Ignore(i => i.FittedWeights);
    }
}

internal sealed class TwinLinkConfiguration : IEntityTypeConfiguration<TwinLink>
{
    public void Configure(EntityTypeBuilder<TwinLink> builder)
    {
        builder.ToTable("TwinLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.PlaceA).HasMaxLength(PlaceKey.MaxLength);
        builder.Property(l => l.PlaceB).HasMaxLength(PlaceKey.MaxLength);
        builder.HasOne<TwinImport>().WithMany().HasForeignKey(l => l.ImportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.PlaceA, l.PlaceB }).IsUnique();
        builder.HasIndex(l => l.PlaceB);
    }
}
